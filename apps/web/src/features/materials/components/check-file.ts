import type { MaterialContentType, MaterialList } from '@zhicheng/contracts';

/** The magic numbers of the accepted types (materials.md: decided from the bytes, not the name). */
const signatures: { type: MaterialContentType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

function readHead(file: Blob, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file.slice(0, length));
  });
}

/** The file's type from its first bytes, or null when it is none of JPEG, PNG, PDF. */
export async function sniffContentType(file: Blob): Promise<MaterialContentType | null> {
  const head = await readHead(file, 8);
  const match = signatures.find((s) => s.bytes.every((byte, i) => head[i] === byte));
  return match?.type ?? null;
}

export type FileProblem =
  | { kind: 'type' }
  | { kind: 'size'; maxBytes: number }
  | { kind: 'count'; max: number }
  | { kind: 'total'; maxBytes: number };

export interface CheckContext {
  limits: MaterialList['limits'];
  /** Files the category already holds plus those being sent now. */
  filesInCategory: number;
  /** Bytes the application already holds plus those being sent now. */
  bytesInApplication: number;
}

/** The limits a file breaks, checked before it leaves the browser (the server checks again). */
export function checkLimits(file: File, context: CheckContext): FileProblem | null {
  const { limits } = context;
  if (file.size > limits.maxFileBytes) return { kind: 'size', maxBytes: limits.maxFileBytes };
  if (context.filesInCategory >= limits.maxFilesPerCategory)
    return { kind: 'count', max: limits.maxFilesPerCategory };
  if (context.bytesInApplication + file.size > limits.maxBytesPerApplication)
    return { kind: 'total', maxBytes: limits.maxBytesPerApplication };
  return null;
}

/** `10 MB`, `300 MB`, `512 KB`: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} B`;
}
