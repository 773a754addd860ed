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

/**
 * Headers every response carrying stored bytes has, whatever route sends them: `sandbox` makes a file
 * opened directly (an HTML page behind a `%PDF-` header, say) run as an opaque origin with no script,
 * and `nosniff` keeps the browser to the declared type.
 */
export const storedBytesHeaders = {
  'content-security-policy': 'sandbox',
  'x-content-type-options': 'nosniff',
} as const;

/**
 * Images show inline (an <img> or a new tab); anything else downloads. The web viewer fetches files as
 * blobs with the bearer token, so it never depends on this header; only a direct open does.
 */
export function dispositionFor(contentType: string): 'inline' | 'attachment' {
  return contentType.startsWith('image/') ? 'inline' : 'attachment';
}
