import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { applicationStatuses, type Cycle, type Stats } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;
const { createObjectURL, revokeObjectURL } = URL;

const lastCycle = {
  ...openCycle,
  id: '00000000-0000-4000-8000-000000002025',
  name: '2025年度专业技术资格评审',
  year: 2025,
  open: false,
} satisfies Cycle;

function statsFor(cycleId: string, total: number): Stats {
  const byStatus = Object.fromEntries(applicationStatuses.map((s) => [s, 0]));
  return {
    cycleId,
    total,
    byStatus: { ...byStatus, approved: 6, rejected: 2, committee_review: total - 8 },
    bySeries: [
      { id: 's1', name: '工程技术', total: total - 3, approved: 5, rejected: 1, passRate: 5 / 6 },
      { id: 's2', name: '卫生技术', total: 3, approved: 1, rejected: 1, passRate: 0.5 },
    ],
    byCommittee: [
      { id: 'c1', name: '水利工程高级评委会', total: total - 1, approved: 6, rejected: 2, passRate: 0.75 },
      { id: 'c2', name: '卫生中级评委会', total: 1, approved: 0, rejected: 0, passRate: null },
    ],
    passRate: 0.75,
    funnel: [
      { stage: 'submitted', count: total },
      { stage: 'unit_approved', count: total - 1 },
      { stage: 'dept_approved', count: 10 },
      { stage: 'committee_passed', count: 7 },
      { stage: 'approved', count: 6 },
    ],
  };
}

function serveStats(role: 'bureau_admin' | 'dept_reviewer') {
  const asked: (string | null)[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
    http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle, lastCycle] satisfies Cycle[] })),
    http.get(api('/stats'), ({ request }) => {
      const cycleId = new URL(request.url).searchParams.get('cycleId');
      asked.push(cycleId);
      return HttpResponse.json(statsFor(cycleId ?? '', cycleId === lastCycle.id ? 20 : 12) satisfies Stats);
    }),
  );
  return asked;
}

async function pick(user: ReturnType<typeof renderApp>['user'], name: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name }));
  const found = await waitFor(() => {
    const item = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.textContent === option,
    );
    expect(item).toBeTruthy();
    return item as HTMLElement;
  });
  await user.click(found);
}

/** A card's number with its title ("申报总数12"). */
const statistic = (title: string) =>
  screen.getByText(title, { selector: '.ant-statistic-title' }).closest('.ant-statistic')?.textContent;
const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('统计 (dashboards)', { timeout: lazyRouteTimeout }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('shows the newest cycle on the bureau overview, then the numbers of a picked cycle', async () => {
    const asked = serveStats('bureau_admin');
    const { user } = renderApp('/bureau', { session: sessionFor('bureau_admin') });
    expect(await screen.findByText('申报总数', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(asked).toEqual([openCycle.id]);
    expect(statistic('申报总数')).toBe('申报总数12');
    expect(statistic('评审通过')).toBe('评审通过6');
    expect(statistic('通过率')).toBe('通过率75.0%');
    expect(
      within(rowOf('工程技术'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['工程技术', '9', '5', '1', '83.3%']);
    expect(within(rowOf('卫生中级评委会')).getByText('—')).toBeVisible();
    expect(screen.getByRole('heading', { name: '评审漏斗' })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: '部门审核通过' })).toHaveAttribute('aria-valuenow', '83');
    // 概览 has no export.
    expect(screen.queryByRole('button', { name: /导出/ })).not.toBeInTheDocument();

    await pick(user, '申报批次', lastCycle.name);
    await waitFor(() => expect(within(rowOf('工程技术')).getByText('17')).toBeVisible());
    expect(asked.at(-1)).toBe(lastCycle.id);
    expect(statistic('申报总数')).toBe('申报总数20');
  });

  it('exports the chosen cycle and status as CSV on 统计与导出', async () => {
    serveStats('bureau_admin');
    let exported: URLSearchParams | undefined;
    server.use(
      http.get(api('/applications/export.csv'), ({ request }) => {
        exported = new URL(request.url).searchParams;
        return new HttpResponse('\uFEFF申报人\n申报人1\n', {
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        });
      }),
    );
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:stats-export'), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { user } = renderApp('/bureau/stats', { session: sessionFor('bureau_admin') });
    expect(
      await screen.findByRole('heading', { name: '按系列统计' }, { timeout: lazyRouteTimeout }),
    ).toBeVisible();
    await pick(user, '申报批次', lastCycle.name);
    await pick(user, '申报状态', '评审通过');
    await user.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/^统计导出-\d{4}-\d{2}-\d{2}\.csv blob:stats-export$/);
    expect(exported?.get('cycleId')).toBe(lastCycle.id);
    expect(exported?.get('status')).toBe('approved');
  });

  it("shows the department's numbers on 统计", async () => {
    const asked = serveStats('dept_reviewer');
    renderApp('/dept/stats', { session: sessionFor('dept_reviewer') });
    expect(
      await screen.findByRole('heading', { name: '按评委会统计' }, { timeout: lazyRouteTimeout }),
    ).toBeVisible();
    expect(within(rowOf('水利工程高级评委会')).getByText('75.0%')).toBeVisible();
    expect(asked).toEqual([openCycle.id]);
    expect(screen.queryByRole('button', { name: /导出/ })).not.toBeInTheDocument();
  });
});
