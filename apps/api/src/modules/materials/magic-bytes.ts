/** The file types the app accepts, recognised by their first bytes (never the name or the browser's type). */
const signatures: { type: 'image/jpeg' | 'image/png' | 'application/pdf'; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

export type SniffedType = (typeof signatures)[number]['type'];

/** Enough leading bytes to decide every signature. */
export const SNIFF_BYTES = Math.max(...signatures.map((s) => s.bytes.length));

/** The type the leading bytes announce, or undefined (unknown, or too few bytes to tell). */
export function sniffType(head: Uint8Array): SniffedType | undefined {
  return signatures.find((s) => s.bytes.length <= head.length && s.bytes.every((b, i) => head[i] === b))
    ?.type;
}
