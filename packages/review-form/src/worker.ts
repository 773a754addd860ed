import { renderReviewForm } from './render.js';
import type { ReviewFormInput } from './types.js';

/** What crosses into a worker thread: structured-cloneable, so the photo is a plain Uint8Array. */
export type ReviewFormWorkerInput = Omit<ReviewFormInput, 'photo'> & {
  photo?: { data: Uint8Array; format: 'jpg' | 'png' } | null;
};

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The worker-pool entry (piscina style: the default export gets the task and returns the result).
 * It returns a plain Uint8Array view of the PDF, which a pool can transfer instead of copying.
 * Fonts are registered once per worker thread, by the first task.
 */
export default async function renderReviewFormTask(input: ReviewFormWorkerInput): Promise<Uint8Array> {
  const photo = input.photo ? { data: toBuffer(input.photo.data), format: input.photo.format } : null;
  const pdf = await renderReviewForm({ ...input, photo });
  // A Buffer may be a view into a shared pool; a pool transferring it must own all its bytes.
  const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
  return whole ? new Uint8Array(pdf.buffer, 0, pdf.byteLength) : new Uint8Array(pdf);
}
