import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../test/fixtures';
import { homeHandlers } from '../test/home-handlers';
import { renderApp } from '../test/render-app';
import { api, problem, refreshRefused, server } from '../test/server';

describe('session', () => {
  it('restores the session from the refresh cookie on page load', async () => {
    server.use(
      ...homeHandlers,
      http.post(api('/auth/refresh'), () => HttpResponse.json(sessionFor('dept_reviewer'))),
      http.get(api('/me'), () => HttpResponse.json(meFor('dept_reviewer'))),
    );
    renderApp('/');
    expect(screen.getByText('正在恢复登录状态…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '欢迎，陈审核' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/dept');
  });

  it('sends visitors without a session (refresh answers 204, no cookie) to the login page', async () => {
    let refreshes = 0;
    server.use(
      http.post(api('/auth/refresh'), () => {
        refreshes += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/bureau/cycles');
    expect(await screen.findByRole('button', { name: '登录' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/login$/);
    expect(screen.queryByText('登录已过期，请重新登录')).not.toBeInTheDocument();
    expect(refreshes).toBe(1);
  });

  it('treats a refused refresh cookie on page load like no session (no 登录已过期 notice)', async () => {
    server.use(http.post(api('/auth/refresh'), refreshRefused));
    renderApp('/bureau/cycles');
    expect(await screen.findByRole('button', { name: '登录' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/login$/);
    expect(screen.queryByText('登录已过期，请重新登录')).not.toBeInTheDocument();
  });

  it('refreshes an expired access token once and retries the call', async () => {
    const seenTokens: (string | null)[] = [];
    server.use(
      http.get(api('/me'), ({ request }) => {
        const token = request.headers.get('Authorization');
        seenTokens.push(token);
        if (token === 'Bearer old-token') return problem(401, 'token_expired', '登录已过期，请重新登录');
        return HttpResponse.json(meFor('unit_admin'));
      }),
      http.post(api('/auth/refresh'), () =>
        HttpResponse.json(sessionFor('unit_admin', { accessToken: 'new-token' })),
      ),
    );
    renderApp('/unit', { session: sessionFor('unit_admin', { accessToken: 'old-token' }) });
    expect(
      await screen.findByText('深圳市示范水务工程设计院', { selector: '.app-header-org' }),
    ).toBeVisible();
    expect(seenTokens).toEqual(['Bearer old-token', 'Bearer new-token']);
  });

  it('goes to the login page with 登录已过期，请重新登录 when the session cannot be refreshed', async () => {
    server.use(
      http.get(api('/me'), () => problem(401, 'token_expired', '登录已过期，请重新登录')),
      http.post(api('/auth/refresh'), refreshRefused),
    );
    renderApp('/applicant', { session: sessionFor('applicant') });
    expect(await screen.findByText('登录已过期，请重新登录')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?reason=expired');
    expect(screen.getByRole('button', { name: '登录' })).toBeVisible();
  });

  it('ends the session when the server revoked it', async () => {
    server.use(
      // The committee's home asks for its 待办 counts alongside /me.
      ...homeHandlers,
      http.get(api('/me'), () => problem(401, 'session_expired', '会话已失效，请重新登录')),
    );
    renderApp('/committee', { session: sessionFor('committee_secretary') });
    expect(await screen.findByText('登录已过期，请重新登录')).toBeVisible();
  });

  it('sends the user to 修改密码 when the server requires a password change', async () => {
    server.use(
      ...homeHandlers,
      http.get(api('/me'), () => problem(403, 'password_change_required', '请先修改初始密码')),
    );
    renderApp('/bureau', { session: sessionFor('bureau_admin') });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/account/password'));
    expect(await screen.findByLabelText('当前密码')).toBeVisible();
  });
});
