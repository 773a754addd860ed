import { screen, waitFor, within } from '@testing-library/react';
import type { adminCatalogSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;

const catalog = {
  series: [
    {
      id: 's-1',
      code: 'GC',
      name: '工程技术',
      active: true,
      specialties: [{ id: 'sp-1', code: 'SW', name: '水文水资源', group: null, active: true }],
      qualifications: [{ id: 'q-1', level: '副高级', name: '高级工程师', active: true }],
    },
    {
      id: 's-2',
      code: 'WS',
      name: '卫生技术',
      active: true,
      specialties: [{ id: 'sp-2', code: 'LC', name: '临床医学', group: null, active: true }],
      qualifications: [],
    },
  ],
  departments: [],
  committees: [],
} satisfies z.infer<typeof adminCatalogSchema>;

describe('资格目录: 专业与资格', { timeout: lazyRouteTimeout }, () => {
  const scrollIntoView = vi.fn();
  afterEach(() => {
    scrollIntoView.mockReset();
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  it('marks the chosen series and brings its detail into view', async () => {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
      http.get(api('/admin/catalog'), () => HttpResponse.json(catalog)),
    );
    const { user } = renderApp('/bureau/catalog', { session: sessionFor('bureau_admin') });
    const row = (await screen.findByText('卫生技术', {}, { timeout: lazyRouteTimeout })).closest(
      'tr',
    ) as HTMLElement;
    expect(row).not.toHaveAttribute('aria-current');

    await user.click(within(row).getByRole('button', { name: '卫生技术 专业与资格' }));
    const heading = await screen.findByRole('heading', { name: '「卫生技术」的专业与资格' });
    expect(row).toHaveClass('row-selected');
    expect(row).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('table', { name: '申报专业' })).getByText('临床医学')).toBeVisible();
  });
});
