/** Why the bytes are not a CSV text this import reads. */
export type UndecodableReason = 'empty' | 'spreadsheet' | 'utf16' | 'binary';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; reason: UndecodableReason };

const zipMagic = [0x50, 0x4b, 0x03, 0x04]; // .xlsx, .et and other zipped workbooks
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * The text of an uploaded CSV: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * GB18030, which Excel and WPS on Chinese Windows write ("CSV (逗号分隔)"); GBK and GB2312 are subsets.
 * Workbooks, UTF-16 ("Unicode 文本") and other binary files are refused with a reason.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, zipMagic) || startsWith(bytes, oleMagic)) return { ok: false, reason: 'spreadsheet' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, reason: 'utf16' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  try {
    // The decoder drops a leading BOM (ignoreBOM: false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: read it as GB18030 below.
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'binary' };
  }
}
