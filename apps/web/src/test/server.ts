import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export const api = (path: string) => `*/api/v1${path}`;

/** A problem+json response as the API sends it. */
export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    {
      type: `https://zhicheng.example/problems/${code}`,
      title,
      status,
      code,
      requestId: 'req-test',
      ...extra,
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The API's answer to a refresh whose cookie is invalid, expired or revoked. */
export const refreshRefused = () => problem(401, 'invalid_refresh_token', '登录状态已失效，请重新登录');

/**
 * Defaults: nobody is signed in (no refresh cookie, so the refresh answers 204), nothing is unread for
 * the header's bell, and 账号安全 lists no other session. Tests add what they need with server.use().
 */
export const server = setupServer(
  http.post(api('/auth/refresh'), () => new HttpResponse(null, { status: 204 })),
  // The header's bell asks on every signed-in page: nothing unread unless a test says otherwise.
  http.get(api('/notifications/unread-count'), () => HttpResponse.json({ unread: 0 })),
  // 账号安全 (where a required password change lands) lists the person's sessions.
  http.get(api('/me/sessions'), () => HttpResponse.json({ items: [] })),
);
