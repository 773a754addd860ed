import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  applicationListSchema,
  BatchTransitionRequest,
  BatchTransitionResult,
  Cycle,
  PublicityCreate,
  PublicityWindow,
  Role,
  WorkCalendarYear,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { catalog, openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { queueCounts, queueItem } from '../../../test/queue-fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

type List = z.infer<typeof applicationListSchema>;

interface QueueOptions {
  role?: Role;
  url?: string;
  /** The answer to `GET /applications` for a request's query. */
  list?: (search: URLSearchParams) => List;
  counts?: Parameters<typeof queueCounts>[0];
}

function openQueue(options: QueueOptions = {}) {
  const role = options.role ?? 'unit_admin';
  const lists: URLSearchParams[] = [];
  const counts: URLSearchParams[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor(role))),
    http.get(api('/catalog'), () => HttpResponse.json(catalog)),
    http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle] satisfies Cycle[] })),
    http.get(api('/applications/counts'), ({ request }) => {
      counts.push(new URL(request.url).searchParams);
      return HttpResponse.json(queueCounts(options.counts ?? { submitted: 2, unit_review: 1 }));
    }),
    http.get(api('/applications'), ({ request }) => {
      const search = new URL(request.url).searchParams;
      lists.push(search);
      const body = options.list?.(search) ?? { items: [], nextCursor: null, total: 0 };
      return HttpResponse.json(body satisfies List);
    }),
  );
  const url = options.url ?? (role === 'dept_reviewer' ? '/dept/reviews' : '/unit/reviews');
  const view = renderApp(url, { session: sessionFor(role) });
  return { ...view, lists, counts };
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
const lastList = (lists: URLSearchParams[]) => lists.at(-1) ?? new URLSearchParams();

const lazyRouteTimeout = 30_000;

const { createObjectURL, revokeObjectURL } = URL;

describe('资格评审审核 (unit queue)', { timeout: lazyRouteTimeout }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('lists the rows with masked ID numbers, the unit publicity and a link to each review', async () => {
    const rows = [
      queueItem(1),
      queueItem(2, {
        status: 'unit_review',
        allowedActions: ['approve', 'return', 'reject'],
        unitPublicity: { startsOn: '2026-03-02', endsOn: '2026-03-06', workingDays: 5, ended: true },
      }),
      queueItem(3, {
        status: 'unit_review',
        allowedActions: ['return', 'reject'],
        unitPublicity: { startsOn: '2026-11-30', endsOn: '2026-12-04', workingDays: 5, ended: false },
      }),
    ];
    openQueue({ list: () => ({ items: rows, nextCursor: null, total: 3 }) });
    expect(await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(document.title).toBe('资格评审审核 - 职称申报');
    const first = rowOf('申报人1');
    expect(within(first).getByText('applicant01')).toBeVisible();
    expect(within(first).getByText('4403**********0001')).toBeVisible();
    expect(within(first).getByText('待单位审核')).toBeVisible();
    expect(within(first).getByText('未公示')).toBeVisible();
    expect(within(first).getByText('工程技术 · 水文水资源 · 高级工程师')).toBeVisible();
    expect(within(rowOf('申报人2')).getByText('已结束')).toBeVisible();
    expect(within(rowOf('申报人2')).getByText('2026-03-02 至 2026-03-06（5 个工作日）')).toBeVisible();
    expect(within(rowOf('申报人3')).getByText('进行中')).toBeVisible();
    expect(within(first).getByRole('link', { name: '查看 申报人1 的申报' })).toHaveAttribute(
      'href',
      `/unit/reviews/${rows[0]?.id}`,
    );
    // The unit's own queue has no 单位 column.
    expect(screen.queryByRole('columnheader', { name: '单位' })).not.toBeInTheDocument();
    expect(screen.getByText('共 3 份申报')).toBeVisible();
  });

  it('shows the counts on the status tabs and filters by a tab, in the URL', async () => {
    const { user, lists, counts } = openQueue({
      counts: { submitted: 2, unit_review: 1, dept_review: 4 },
      list: (search) =>
        search.get('status') === 'unit_review'
          ? { items: [queueItem(5, { status: 'unit_review' })], nextCursor: null, total: 1 }
          : { items: [queueItem(1), queueItem(2)], nextCursor: null, total: 2 },
    });
    expect(await screen.findByRole('tab', { name: '全部 7' }, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(screen.getByRole('tab', { name: '待单位审核 2' })).toBeVisible();
    expect(screen.getByRole('tab', { name: '部门审核中 4' })).toBeVisible();
    expect(screen.getByRole('tab', { name: '退回修改 0' })).toBeVisible();
    // Statuses nobody is in stay out of the way.
    expect(screen.queryByRole('tab', { name: /已撤销/ })).not.toBeInTheDocument();
    expect(lastList(lists).get('status')).toBeNull();
    expect(lastList(lists).get('sort')).toBe('-submittedAt');

    await user.click(screen.getByRole('tab', { name: '单位审核中 1' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/unit/reviews?status=unit_review'),
    );
    expect(await screen.findByText('申报人5')).toBeVisible();
    expect(lastList(lists).get('status')).toBe('unit_review');
    // The tabs count under the other filters, whatever the tab.
    expect(counts.at(-1)?.get('status')).toBeNull();
  });

  it('opens on the filters of its URL (a shared or reloaded view)', async () => {
    const { lists } = openQueue({
      url: `/unit/reviews?status=submitted&q=${encodeURIComponent('李')}&cycleId=${openCycle.id}&sort=name`,
      list: () => ({ items: [queueItem(1)], nextCursor: null, total: 1 }),
    });
    expect(await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    const query = lastList(lists);
    expect(query.get('status')).toBe('submitted');
    expect(query.get('q')).toBe('李');
    expect(query.get('cycleId')).toBe(openCycle.id);
    expect(query.get('sort')).toBe('name');
    expect(screen.getByRole('searchbox', { name: '搜索' })).toHaveValue('李');
    expect(screen.getByRole('tab', { name: /待单位审核/, selected: true })).toBeVisible();
  });

  it('searches by name, account or ID number, kept in the URL', async () => {
    const { user, lists } = openQueue({
      list: (search) =>
        search.get('q')
          ? { items: [queueItem(8)], nextCursor: null, total: 1 }
          : { items: [queueItem(1), queueItem(2)], nextCursor: null, total: 2 },
    });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    await enter(user, screen.getByRole('searchbox', { name: '搜索' }), 'applicant08');
    await user.click(screen.getByRole('button', { name: /搜索/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/unit/reviews?q=applicant08'),
    );
    expect(await screen.findByText('申报人8')).toBeVisible();
    expect(lastList(lists).get('q')).toBe('applicant08');
    expect(screen.queryByText('申报人1')).not.toBeInTheDocument();
  });

  it('pages forward by the cursor and back again', async () => {
    const { user, lists } = openQueue({
      list: (search) =>
        search.get('cursor') === 'cursor-2'
          ? { items: [queueItem(21)], nextCursor: null, total: 21 }
          : {
              items: Array.from({ length: 20 }, (_, i) => queueItem(i + 1)),
              nextCursor: 'cursor-2',
              total: 21,
            },
    });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    expect(lastList(lists).get('limit')).toBe('20');
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('申报人21')).toBeVisible();
    expect(lastList(lists).get('cursor')).toBe('cursor-2');
    expect(screen.queryByText('申报人1')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('申报人1')).toBeVisible();
  });

  it('approves the selected applications in one batch and says which went through and why not', async () => {
    const approvable = [
      queueItem(1, { status: 'unit_review', allowedActions: ['approve', 'return', 'reject'] }),
      queueItem(2, { status: 'unit_review', allowedActions: ['approve', 'return', 'reject'] }),
    ];
    const startable = queueItem(3, { allowedActions: ['start_review'] });
    let sent: BatchTransitionRequest | undefined;
    let idempotencyKey: string | null = null;
    server.use(
      http.post(api('/applications/batch-transitions'), async ({ request }) => {
        sent = (await request.json()) as BatchTransitionRequest;
        idempotencyKey = request.headers.get('Idempotency-Key');
        return HttpResponse.json({
          results: [
            { id: approvable[0]?.id ?? '', ok: true, status: 'dept_review', code: null, message: null },
            {
              id: approvable[1]?.id ?? '',
              ok: false,
              status: null,
              code: 'publicity_not_ended',
              message: '单位公示期尚未结束（至 2026-12-04），结束后才能审核通过',
            },
          ],
        } satisfies BatchTransitionResult);
      }),
    );
    const { user, lists } = openQueue({
      list: () => ({ items: [...approvable, startable], nextCursor: null, total: 3 }),
    });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    for (const name of ['申报人1', '申报人2', '申报人3']) {
      await user.click(screen.getByRole('checkbox', { name: `选择 ${name} 的申报` }));
    }
    const bar = screen.getByRole('toolbar', { name: '批量办理' });
    expect(within(bar).getByText('已选 3 份')).toBeVisible();
    expect(within(bar).getByRole('button', { name: '开始审核（1）' })).toBeVisible();
    expect(within(bar).getByRole('button', { name: '退回修改（2）' })).toBeVisible();
    const listsBefore = lists.length;
    await user.click(within(bar).getByRole('button', { name: '审核通过（2）' }));
    const dialog = await screen.findByRole('dialog', { name: '批量审核通过（2 份）' });
    expect(dialog).toHaveTextContent('申报人：申报人1、申报人2');
    await enter(user, within(dialog).getByLabelText('审核意见'), '同意推荐');
    await user.click(within(dialog).getByRole('button', { name: '审核通过' }));

    const result = await screen.findByRole('dialog', { name: '批量审核通过结果' });
    expect(within(result).getByText('成功 1 份，未办理 1 份')).toBeVisible();
    const ok = within(result).getByText('申报人1').closest('tr') as HTMLElement;
    expect(within(ok).getByText('成功')).toBeVisible();
    expect(within(ok).getByText('当前状态：部门审核中')).toBeVisible();
    const failed = within(result).getByText('申报人2').closest('tr') as HTMLElement;
    expect(within(failed).getByText('未办理')).toBeVisible();
    expect(within(failed).getByText('单位公示期尚未结束（至 2026-12-04），结束后才能审核通过')).toBeVisible();
    expect(sent).toEqual({
      action: 'approve',
      applicationIds: approvable.map((r) => r.id),
      opinion: '同意推荐',
    });
    expect(idempotencyKey).toBeTruthy();
    // The queue is read again and the selection is gone.
    await waitFor(() => expect(lists.length).toBeGreaterThan(listsBefore));
    expect(screen.queryByRole('toolbar', { name: '批量办理' })).not.toBeInTheDocument();
  });

  it('asks for an opinion before a batch return', async () => {
    let sent: BatchTransitionRequest | undefined;
    server.use(
      http.post(api('/applications/batch-transitions'), async ({ request }) => {
        sent = (await request.json()) as BatchTransitionRequest;
        return HttpResponse.json({
          results: [
            { id: sent.applicationIds[0] ?? '', ok: true, status: 'returned', code: null, message: null },
          ],
        } satisfies BatchTransitionResult);
      }),
    );
    const row = queueItem(1, { status: 'unit_review', allowedActions: ['approve', 'return', 'reject'] });
    const { user } = openQueue({ list: () => ({ items: [row], nextCursor: null, total: 1 }) });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    await user.click(screen.getByRole('checkbox', { name: '选择 申报人1 的申报' }));
    await user.click(screen.getByRole('button', { name: '退回修改（1）' }));
    const dialog = await screen.findByRole('dialog', { name: '批量退回修改（1 份）' });
    await user.click(within(dialog).getByRole('button', { name: '退回修改' }));
    expect(await within(dialog).findByText('退回修改须填写意见（理由）')).toBeVisible();
    expect(sent).toBeUndefined();
    await enter(user, within(dialog).getByLabelText('审核意见'), '请补充继续教育证明');
    await user.click(within(dialog).getByRole('button', { name: '退回修改' }));
    expect(await screen.findByRole('dialog', { name: '批量退回修改结果' })).toBeVisible();
    expect(sent).toEqual({ action: 'return', applicationIds: [row.id], opinion: '请补充继续教育证明' });
  });

  it('refuses a unit publicity of 4 working days before sending, and records one of 5', async () => {
    // 2026-03-02 is a Monday; the calendar makes Wednesday 03-04 a holiday.
    const calendar = { year: 2026, holidays: ['2026-03-04'], workdays: [] } satisfies WorkCalendarYear;
    const posted: PublicityCreate[] = [];
    server.use(
      http.get(api('/calendar'), ({ request }) => {
        expect(new URL(request.url).searchParams.get('year')).toBe('2026');
        return HttpResponse.json(calendar);
      }),
      http.post(api('/publicity'), async ({ request }) => {
        const body = (await request.json()) as PublicityCreate;
        posted.push(body);
        return HttpResponse.json(
          {
            id: 'pw-1',
            stage: 'unit',
            startsOn: body.startsOn,
            endsOn: body.endsOn,
            workingDays: 5,
            note: body.note ?? null,
            applicationIds: body.applicationIds,
            createdAt: '2026-03-02T02:00:00.000Z',
          } satisfies PublicityWindow,
          { status: 201 },
        );
      }),
    );
    const inReview = queueItem(1, { status: 'unit_review', allowedActions: ['return', 'reject'] });
    const waiting = queueItem(2, { allowedActions: ['start_review'] });
    const { user } = openQueue({ list: () => ({ items: [inReview, waiting], nextCursor: null, total: 2 }) });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    await user.click(screen.getByRole('checkbox', { name: '选择 申报人1 的申报' }));
    await user.click(screen.getByRole('checkbox', { name: '选择 申报人2 的申报' }));
    // Only the one in 单位审核中 can be publicised.
    await user.click(screen.getByRole('button', { name: '单位公示（1）' }));
    const dialog = await screen.findByRole('dialog', { name: '单位公示（1 份申报）' });
    expect(dialog).toHaveTextContent('申报人：申报人1');

    const startsOn = within(dialog).getByLabelText('公示开始日期');
    fireEvent.change(startsOn, { target: { value: '' } });
    await enter(user, startsOn, '2026-03-02');
    fireEvent.keyDown(startsOn, { key: 'Enter', code: 'Enter' });
    const endsOn = within(dialog).getByLabelText('公示结束日期');
    await enter(user, endsOn, '2026-03-06');
    fireEvent.keyDown(endsOn, { key: 'Enter', code: 'Enter' });
    expect(await within(dialog).findByText('公示期共 4 个工作日')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '登记公示' }));
    expect(await within(dialog).findByText('公示期不少于 5 个工作日，当前只有 4 个')).toBeVisible();
    expect(posted).toEqual([]);

    await user.clear(endsOn);
    await enter(user, endsOn, '2026-03-09');
    fireEvent.keyDown(endsOn, { key: 'Enter', code: 'Enter' });
    expect(await within(dialog).findByText('公示期共 5 个工作日')).toBeVisible();
    expect(within(dialog).queryByText('公示期不少于 5 个工作日，当前只有 4 个')).not.toBeInTheDocument();
    await enter(user, within(dialog).getByLabelText('说明'), '单位公告栏');
    await user.click(within(dialog).getByRole('button', { name: '登记公示' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      stage: 'unit',
      applicationIds: [inReview.id],
      startsOn: '2026-03-02',
      endsOn: '2026-03-09',
      note: '单位公告栏',
    });
    expect(await screen.findByText('已为 1 份申报登记单位公示（5 个工作日）')).toBeVisible();
  });

  it("shows the server's refusal of a publicity window on its field", async () => {
    server.use(
      http.get(api('/calendar'), () =>
        HttpResponse.json({ year: 2026, holidays: [], workdays: [] } satisfies WorkCalendarYear),
      ),
      http.post(api('/publicity'), () =>
        problem(422, 'publicity_too_short', '公示期不足5个工作日', {
          errors: [{ path: 'endsOn', message: '公示期须不少于5个工作日（按工作日历只有4个）' }],
        }),
      ),
    );
    const row = queueItem(1, { status: 'unit_review', allowedActions: ['return', 'reject'] });
    const { user } = openQueue({ list: () => ({ items: [row], nextCursor: null, total: 1 }) });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    await user.click(screen.getByRole('checkbox', { name: '选择 申报人1 的申报' }));
    await user.click(screen.getByRole('button', { name: '单位公示（1）' }));
    const dialog = await screen.findByRole('dialog', { name: '单位公示（1 份申报）' });
    const startsOn = within(dialog).getByLabelText('公示开始日期');
    fireEvent.change(startsOn, { target: { value: '' } });
    await enter(user, startsOn, '2026-03-02');
    fireEvent.keyDown(startsOn, { key: 'Enter', code: 'Enter' });
    const endsOn = within(dialog).getByLabelText('公示结束日期');
    await enter(user, endsOn, '2026-03-06');
    fireEvent.keyDown(endsOn, { key: 'Enter', code: 'Enter' });
    expect(await within(dialog).findByText('公示期共 5 个工作日')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '登记公示' }));
    expect(await within(dialog).findByText('公示期须不少于5个工作日（按工作日历只有4个）')).toBeVisible();
    expect(endsOn).toHaveAttribute('aria-invalid', 'true');
  });

  it('exports the current filter as a CSV download', async () => {
    let exported: URLSearchParams | undefined;
    server.use(
      http.get(api('/applications/export.csv'), ({ request }) => {
        exported = new URL(request.url).searchParams;
        expect(request.headers.get('Authorization')).toBe('Bearer token-unit_admin');
        return new HttpResponse('\uFEFF申报人,账号\n申报人1,applicant01\n', {
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        });
      }),
    );
    const createUrl = vi.fn((_blob: Blob) => 'blob:queue-export');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { user } = openQueue({
      url: '/unit/reviews?status=unit_review&q=applicant',
      list: () => ({ items: [queueItem(1, { status: 'unit_review' })], nextCursor: null, total: 1 }),
    });
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    await user.click(screen.getByRole('button', { name: /导出/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/^申报列表-\d{4}-\d{2}-\d{2}\.csv blob:queue-export$/);
    expect(exported?.get('status')).toBe('unit_review');
    expect(exported?.get('q')).toBe('applicant');
    expect(exported?.get('sort')).toBe('-submittedAt');
    const blob = createUrl.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toContain('申报人1,applicant01');
  });

  it('says what happens next when nothing is waiting', async () => {
    openQueue({ counts: {} });
    expect(
      await screen.findByText(
        '暂无待审核的申报，申报人提交后会出现在这里',
        {},
        { timeout: lazyRouteTimeout },
      ),
    ).toBeVisible();
  });
});

describe('部门审核 (department queue)', { timeout: lazyRouteTimeout }, () => {
  it('shows the unit column, no unit publicity, and links to the department review page', async () => {
    const row = queueItem(1, {
      status: 'dept_review',
      allowedActions: ['approve', 'return', 'reject'],
      unitName: '深圳市水务规划设计院',
    });
    openQueue({
      role: 'dept_reviewer',
      counts: { dept_review: 1 },
      list: () => ({ items: [row], nextCursor: null, total: 1 }),
    });
    expect(await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(document.title).toBe('部门审核 - 职称申报');
    expect(within(rowOf('申报人1')).getByText('深圳市水务规划设计院')).toBeVisible();
    expect(screen.getByRole('columnheader', { name: '单位' })).toBeVisible();
    expect(screen.queryByRole('columnheader', { name: '单位公示' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '部门审核中 1' })).toBeVisible();
    expect(screen.getByRole('link', { name: '查看 申报人1 的申报' })).toHaveAttribute(
      'href',
      `/dept/reviews/${row.id}`,
    );
    await screen.findByRole('checkbox', { name: '选择 申报人1 的申报' });
  });

  it('says what happens next when nothing is waiting', async () => {
    openQueue({ role: 'dept_reviewer', counts: {} });
    expect(
      await screen.findByText(
        '暂无待审核的申报，单位审核通过后会出现在这里',
        {},
        { timeout: lazyRouteTimeout },
      ),
    ).toBeVisible();
  });
});
