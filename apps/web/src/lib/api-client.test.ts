import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionFor } from '../test/fixtures';
import { api, problem, server } from '../test/server';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
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
