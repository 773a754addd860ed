/**
 * `Content-Disposition` for a user-supplied name: an ASCII fallback for old clients plus the exact name
 * in RFC 5987 form (`filename*=UTF-8''…`), which every current browser prefers (Chinese names survive).
 */
export function contentDisposition(name: string, type: 'inline' | 'attachment' = 'inline'): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
