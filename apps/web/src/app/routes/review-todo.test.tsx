import { screen, waitFor, within } from '@testing-library/react';
import type { applicationListSchema, Cycle, Role } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalog, openCycle } from '../../test/application-fixtures';
import { meFor, sessionFor } from '../../test/fixtures';
import { homeHandlers } from '../../test/home-handlers';
import { queueCounts, queueItem } from '../../test/queue-fixtures';
import { renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

const lazyRouteTimeout = 30_000;

function openHome(role: Role, before: Parameters<typeof server.use> = []) {
  const listed: (string | null)[] = [];
  // Before the home's defaults: the first matching handler answers.
  server.use(
    ...before,
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
    http.get(api('/applications/counts'), () =>
      HttpResponse.json(
        queueCounts({
          submitted: 3,
          unit_review: 2,
          dept_review: 4,
          returned: 1,
          committee_review: 5,
          publicity: 2,
        }),
      ),
    ),
    // The queue the counts link to.
    http.get(api('/catalog'), () => HttpResponse.json(catalog)),
    http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle] satisfies Cycle[] })),
    http.get(api('/applications'), ({ request }) => {
      listed.push(new URL(request.url).searchParams.get('status'));
      return HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
        typeof applicationListSchema
      >);
    }),
    ...homeHandlers,
  );
  const view = renderApp('/', { session: sessionFor(role) });
  return { ...view, listed };
}

describe('待办事项: what waits for the reviewer', { timeout: lazyRouteTimeout }, () => {
  it('unit: 待单位审核 and 单位审核中, each linking to the queue filtered by it', async () => {
    const { user, listed } = openHome('unit_admin');
    const waiting = await screen.findByRole(
      'link',
      { name: '待单位审核：3 份，查看列表' },
      { timeout: lazyRouteTimeout },
    );
    expect(waiting).toHaveAttribute('href', '/unit/reviews?status=submitted');
    expect(screen.getByRole('link', { name: '单位审核中：2 份，查看列表' })).toHaveAttribute(
      'href',
      '/unit/reviews?status=unit_review',
    );
    expect(screen.queryByRole('link', { name: /部门审核中/ })).not.toBeInTheDocument();
    await user.click(waiting);
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/unit/reviews?status=submitted'),
    );
    await waitFor(() => expect(listed).toContain('submitted'));
    expect(screen.getByRole('tab', { name: '待单位审核 3', selected: true })).toBeVisible();
  });

  it('department: 部门审核中, linking to its queue', async () => {
    const { user, listed } = openHome('dept_reviewer');
    const waiting = await screen.findByRole(
      'link',
      { name: '部门审核中：4 份，查看列表' },
      { timeout: lazyRouteTimeout },
    );
    expect(waiting).toHaveAttribute('href', '/dept/reviews?status=dept_review');
    expect(screen.getByRole('link', { name: '公示中：2 份，查看列表' })).toHaveAttribute(
      'href',
      '/dept/publicity',
    );
    expect(screen.queryByText('「待办事项」即将开放')).not.toBeInTheDocument();
    await user.click(waiting);
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/dept/reviews?status=dept_review'),
    );
    await waitFor(() => expect(listed).toContain('dept_review'));
  });

  it('committee: 评委会评审中, linking to 评审结果录入', async () => {
    openHome('committee_secretary');
    const waiting = await screen.findByRole(
      'link',
      { name: '评委会评审中：5 份，查看列表' },
      { timeout: lazyRouteTimeout },
    );
    expect(waiting).toHaveAttribute('href', '/committee/results');
    expect(screen.queryByRole('link', { name: /部门审核中/ })).not.toBeInTheDocument();
  });

  it('department: the open 评审结果公示 windows by their end, and those ended waiting for a result', async () => {
    const window = (endsOn: string, ended: boolean) => ({
      resultPublicity: { startsOn: '2026-03-02', endsOn, workingDays: 5, ended },
    });
    const rows = [window('2099-01-09', false), window('2099-01-09', false), window('2026-03-09', true)].map(
      (row, n) => queueItem(n + 1, { status: 'publicity', ...row }),
    );
    openHome('dept_reviewer', [
      http.get(api('/applications'), ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('publicity');
        return HttpResponse.json({ items: rows, nextCursor: null, total: 3 } satisfies z.infer<
          typeof applicationListSchema
        >);
      }),
    ]);
    const windows = await screen.findByRole('list', { name: '评审结果公示' }, { timeout: lazyRouteTimeout });
    expect(await within(windows).findByText('2099-01-09 公示结束：2 份')).toBeVisible();
    expect(screen.getByRole('link', { name: '公示期已结束、待办理公示结果：1 份' })).toHaveAttribute(
      'href',
      '/dept/publicity',
    );
  });
});
