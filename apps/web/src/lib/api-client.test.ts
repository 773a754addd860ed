import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sessionFor } from '../test/fixtures';
import { api, problem, server } from '../test/server';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { apiBlob, apiUpload } from './api-files';
import { authStore } from './auth-store';

afterEach(() => authStore.reset());

describe('apiRequest', () => {
  it('turns a problem+json answer into an ApiError with its code, field errors and extension members', async () => {
    server.use(
      http.post(api('/auth/login'), () =>
        problem(423, 'account_locked', '账号已被锁定', {
          detail: '请 15 分钟后再试',
          lockedUntil: '2026-11-28T07:15:00Z',
        }),
      ),
    );
    const error = await apiRequest('/auth/login', { method: 'POST', body: {}, auth: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(423);
    expect(apiError.code).toBe('account_locked');
    expect(apiError.displayMessage).toBe('请 15 分钟后再试');
    expect(apiError.extensions).toEqual({ lockedUntil: '2026-11-28T07:15:00Z' });
  });

  it('describes answers that are not problem documents by their status', async () => {
    server.use(http.get(api('/me'), () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    authStore.setSession(sessionFor('applicant'));
    await expect(apiRequest('/me')).rejects.toMatchObject({
      code: 'internal_error',
      title: '服务器内部错误',
    });
  });

  it('reports a network failure in Chinese', async () => {
    server.use(http.get(api('/me'), () => HttpResponse.error()));
    authStore.setSession(sessionFor('applicant'));
    await expect(apiRequest('/me')).rejects.toMatchObject({
      code: 'network_error',
      title: '网络连接失败，请检查网络后重试',
    });
  });

  it('shares one refresh between calls that find the token expired at the same time', async () => {
    let refreshes = 0;
    server.use(
      http.get(api('/applications'), ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new'
          ? HttpResponse.json({ ok: true })
          : problem(401, 'token_expired', '登录已过期，请重新登录'),
      ),
      http.post(api('/auth/refresh'), async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return HttpResponse.json(sessionFor('applicant', { accessToken: 'new' }));
      }),
    );
    authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
    const results = await Promise.all([
      apiRequest('/applications'),
      apiRequest('/applications'),
      apiRequest('/applications'),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(refreshes).toBe(1);
    expect(authStore.getAccessToken()).toBe('new');
  });

  it('does not touch the session for public calls', async () => {
    server.use(http.post(api('/auth/login'), () => problem(401, 'invalid_credentials', '用户名或密码错误')));
    authStore.setSession(sessionFor('applicant'));
    await expect(apiRequest('/auth/login', { method: 'POST', body: {}, auth: false })).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    expect(authStore.getState().status).toBe('authenticated');
  });
});

const uploaded = z.object({ id: z.string() });
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'page.png', { type: 'image/png' });
const expired = () => problem(401, 'token_expired', '登录已过期，请重新登录');
const revoked = () => problem(401, 'invalid_refresh_token', '登录状态已失效，请重新登录');

/** Every kind of call the app makes: JSON, a file's bytes, an upload with and without progress. */
const calls = {
  json: () => apiRequest('/me'),
  blob: () => apiBlob('/files/f1'),
  upload: () => apiUpload('/applications/a1/photo', { file: png(), schema: uploaded }),
  'upload with progress': () =>
    apiUpload('/applications/a1/materials/highest_degree', {
      file: png(),
      schema: uploaded,
      onProgress: () => {},
    }),
};

/** Answers each of `calls` with `answer` (given the Authorization header). */
function serveCalls(answer: (authorization: string | null) => Response) {
  const seen: (string | null)[] = [];
  const respond = ({ request }: { request: Request }) => {
    const authorization = request.headers.get('Authorization');
    seen.push(authorization);
    return answer(authorization);
  };
  server.use(
    http.get(api('/me'), respond),
    http.get(api('/files/f1'), respond),
    http.post(api('/applications/a1/photo'), respond),
    http.post(api('/applications/a1/materials/highest_degree'), respond),
  );
  return seen;
}

const ok = () => HttpResponse.json({ id: 'x' });
const image = () => new HttpResponse('img', { headers: { 'Content-Type': 'image/png' } });

describe('the one transport (JSON, blobs, uploads)', () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: a refused refresh ends the session (登录已过期) instead of failing quietly',
    async (kind) => {
      let refreshes = 0;
      server.use(
        http.post(api('/auth/refresh'), () => {
          refreshes += 1;
          return revoked();
        }),
      );
      const seen = serveCalls(() => expired());
      authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
      await expect(calls[kind]()).rejects.toMatchObject({ status: 401, code: 'token_expired' });
      expect(refreshes).toBe(1);
      expect(seen).toEqual(['Bearer old']);
      expect(authStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    },
  );

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: a 401 other than token_expired ends the session without a refresh',
    async (kind) => {
      let refreshes = 0;
      server.use(
        http.post(api('/auth/refresh'), () => {
          refreshes += 1;
          return HttpResponse.json(sessionFor('applicant', { accessToken: 'new' }));
        }),
      );
      serveCalls(() => problem(401, 'session_expired', '会话已失效，请重新登录'));
      authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
      await expect(calls[kind]()).rejects.toMatchObject({ code: 'session_expired' });
      expect(refreshes).toBe(0);
      expect(authStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    },
  );

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: refreshes at most once; still expired after it ends the session',
    async (kind) => {
      let refreshes = 0;
      server.use(
        http.post(api('/auth/refresh'), () => {
          refreshes += 1;
          return HttpResponse.json(sessionFor('applicant', { accessToken: `new-${refreshes}` }));
        }),
      );
      const seen = serveCalls(() => expired());
      authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
      await expect(calls[kind]()).rejects.toMatchObject({ code: 'token_expired' });
      expect(refreshes).toBe(1);
      expect(seen).toEqual(['Bearer old', 'Bearer new-1']);
      expect(authStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    },
  );

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: 403 password_change_required pins the user to the password page',
    async (kind) => {
      serveCalls(() => problem(403, 'password_change_required', '请先修改初始密码'));
      authStore.setSession(sessionFor('applicant'));
      await expect(calls[kind]()).rejects.toMatchObject({ code: 'password_change_required' });
      const state = authStore.getState();
      expect(state.status === 'authenticated' && state.user.mustChangePassword).toBe(true);
    },
  );

  it('shares one refresh between a JSON call, a blob fetch and uploads that all find the token expired', async () => {
    let refreshes = 0;
    server.use(
      http.post(api('/auth/refresh'), async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return HttpResponse.json(sessionFor('applicant', { accessToken: 'new' }));
      }),
    );
    const seen = serveCalls((authorization) => (authorization === 'Bearer new' ? ok() : expired()));
    server.use(
      http.get(api('/files/f1'), ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new' ? image() : expired(),
      ),
    );
    authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
    const [json, blob, upload, progressUpload] = await Promise.all([
      calls.json(),
      calls.blob(),
      calls.upload(),
      calls['upload with progress'](),
    ]);
    expect(json).toEqual({ id: 'x' });
    expect(await blob.text()).toBe('img');
    expect(upload).toEqual({ id: 'x' });
    expect(progressUpload).toEqual({ id: 'x' });
    expect(refreshes).toBe(1);
    expect(seen.filter((s) => s === 'Bearer new')).toHaveLength(3);
    expect(authStore.getAccessToken()).toBe('new');
  });

  it('reports upload progress and starts again at 0 when an expired token is refreshed', async () => {
    server.use(
      http.post(api('/auth/refresh'), () =>
        HttpResponse.json(sessionFor('applicant', { accessToken: 'new' })),
      ),
    );
    serveCalls((authorization) => (authorization === 'Bearer new' ? ok() : expired()));
    authStore.setSession(sessionFor('applicant', { accessToken: 'old' }));
    const progress: number[] = [];
    const result = await apiUpload('/applications/a1/materials/highest_degree', {
      file: png(),
      schema: uploaded,
      onProgress: (percent) => progress.push(percent),
    });
    expect(result).toEqual({ id: 'x' });
    expect(progress.filter((p) => p === 0)).toHaveLength(2);
  });
});
