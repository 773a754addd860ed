import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;

const hook = {
  id: 'w1',
  url: 'https://bureau.example.com/hooks',
  events: ['application.submitted'],
  description: null,
  ownerKind: 'bureau',
  unitId: null,
  createdAt: '2026-11-30T02:00:00.000Z',
};

function serve(role: 'unit_admin' | 'bureau_admin') {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
    http.get(api('/api-keys'), () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })),
    http.get(api('/webhooks'), () => HttpResponse.json({ items: [hook], nextCursor: null, total: 1 })),
  );
}

describe('接口对接 › 事件推送', { timeout: lazyRouteTimeout }, () => {
  it('opens from a link with ?tab=webhooks', async () => {
    serve('bureau_admin');
    renderApp('/bureau/integrations?tab=webhooks', { session: sessionFor('bureau_admin') });
    expect(await screen.findByText(hook.url, {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(screen.getByRole('tab', { name: '事件推送', selected: true })).toBeVisible();
    expect(screen.getByText('申报已提交')).toBeVisible();
  });

  it('is the second tab, after API 密钥', async () => {
    serve('unit_admin');
    const { user } = renderApp('/unit/integrations', { session: sessionFor('unit_admin') });
    const tabs = await screen.findAllByRole('tab', {}, { timeout: lazyRouteTimeout });
    expect(tabs.map((tab) => tab.textContent)).toEqual(['API 密钥', '事件推送']);
    await user.click(screen.getByRole('tab', { name: '事件推送' }));
    expect(await screen.findByText(hook.url)).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/unit/integrations?tab=webhooks');
  });
});
