export interface ProgressRequest {
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: FormData;
  /** 0–100 as the bytes leave the browser. */
  onProgress: (percent: number) => void;
}

/**
 * One request through XMLHttpRequest, answered as a fetch `Response`: fetch() cannot report upload
 * progress, `xhr.upload.onprogress` can. Fails like fetch does (a TypeError when the connection fails,
 * an AbortError when aborted); only the transport (api-client.ts) calls this.
 */
export function sendWithProgress(url: string, request: ProgressRequest): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        request.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('Content-Type');
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          headers: contentType ? { 'Content-Type': contentType } : {},
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    xhr.send(request.body);
  });
}
