import sharp from 'sharp';

/** The smallest image accepted, per side: anything smaller cannot be a legible scan or photo. */
export const MIN_IMAGE_SIDE_PX = 16;
/** Decompression-bomb guard, for uploads and the thumbnail job alike. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** Decoding into this box still reads every byte (so truncation fails) without a full-size pixel buffer. */
const DECODE_BOX_PX = 64;

export type ImageCheck =
  | { ok: true; width: number; height: number }
  | { ok: false; reason: 'too_small'; width: number; height: number }
  | { ok: false; reason: 'undecodable' };

/**
 * Decodes the image (libvips on libuv's pool, off the event loop) and reads its real dimensions: a
 * header alone (`FF D8 FF`, a truncated file) is not an image.
 */
export async function checkImage(bytes: Buffer): Promise<ImageCheck> {
  try {
    const image = sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS });
    const { width, height } = await image.metadata();
    if (!width || !height) return { ok: false, reason: 'undecodable' };
    if (width < MIN_IMAGE_SIDE_PX || height < MIN_IMAGE_SIDE_PX) {
      return { ok: false, reason: 'too_small', width, height };
    }
    await image.resize(DECODE_BOX_PX, DECODE_BOX_PX, { fit: 'inside' }).raw().toBuffer();
    return { ok: true, width, height };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}
