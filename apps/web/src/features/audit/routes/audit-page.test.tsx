import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEvent } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';
import type { AuditEventPage } from '../api/list-audit-events';

const lazyRouteTimeout = 30_000;

function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 100,
    occurredAt: '2026-11-28T02:05:03.000Z',
    actorId: 'u-applicant',
    actorRole: 'applicant',
    action: 'application.submit',
    targetType: 'application',
    targetId: 'app-1',
    ip: '203.0.113.7',
    requestId: 'req-submit-1',
    details: { from: 'draft', to: 'submitted' },
    ...overrides,
  } satisfies AuditEvent;
}

/** Newest first, as the API sends them. */
const events = [
  auditEvent(),
  auditEvent({
    id: 99,
    occurredAt: '2026-11-27T16:30:00.000Z',
    actorId: 'u-unit-admin',
    actorRole: 'unit_admin',
    action: 'applicants.imported',
    targetType: 'unit',
    targetId: 'unit-1',
    requestId: 'req-import-1',
    details: { created: 12, failed: 1 },
  }),
  auditEvent({
    id: 98,
    occurredAt: '2026-11-27T08:00:00.000Z',
    actorId: 'u-unit-admin',
    actorRole: 'unit_admin',
    action: 'api_key.created',
    targetType: 'api_key',
    targetId: 'k1',
    details: { name: '人事系统同步', apiKey: { id: 'k0', name: '对接网关' } },
  }),
  auditEvent({
    id: 97,
    occurredAt: '2026-11-27T07:00:00.000Z',
    actorId: 'u-bureau',
    actorRole: 'bureau_admin',
    action: 'webhook.deleted',
    targetType: 'webhook',
    targetId: 'w1',
    details: { url: 'https://hr.example.com/hooks' },
  }),
  auditEvent({
    id: 96,
    occurredAt: '2026-11-27T06:00:00.000Z',
    actorId: null,
    actorRole: null,
    action: 'auth.login_failed',
    targetType: null,
    targetId: null,
    ip: null,
    requestId: null,
    details: null,
  }),
  auditEvent({
    id: 95,
    occurredAt: '2026-11-27T05:00:00.000Z',
    actorId: 'u-bureau',
    actorRole: 'bureau_admin',
    action: 'catalog.series_created',
    targetType: 'series',
    targetId: 's-9',
    details: null,
  }),
  auditEvent({ id: 94, action: 'report.archived', targetType: 'report', targetId: 'r-1', details: {} }),
] satisfies AuditEvent[];

/** Serves `answer` for every `GET /admin/audit-events` and keeps each request's query parameters. */
function serveAudit(answer: (search: URLSearchParams) => Response | AuditEventPage) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
    http.get(api('/admin/audit-events'), ({ request }) => {
      const search = new URL(request.url).searchParams;
      requests.push(search);
      const result = answer(search);
      return result instanceof Response ? result : HttpResponse.json(result);
    }),
  );
  return requests;
}

const page = (items: AuditEvent[], nextCursor: string | null, total: number) =>
  ({ items, nextCursor, total }) satisfies AuditEventPage;

const open = (url = '/bureau/audit') => renderApp(url, { session: sessionFor('bureau_admin') });

/** The table as it is now (antd renders a new one when the rows make it scroll sideways). */
const table = () => screen.getByRole('table', { name: '审计日志' });

async function findTable() {
  await screen.findByRole('table', { name: '审计日志' }, { timeout: lazyRouteTimeout });
}

/** Waits for the first page's rows. */
async function loadedTable() {
  await findTable();
  await waitFor(() => expect(dataRows().length).toBeGreaterThan(0));
}

function dataRows() {
  return within(table())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('data-row-key') !== null);
}

const rowKeys = () => dataRows().map((row) => row.getAttribute('data-row-key'));

const rowOf = (id: number) =>
  dataRows().find((row) => row.getAttribute('data-row-key') === String(id)) as HTMLElement;

/** Types into the action filter (the list is long and virtual) and picks the option named `label`. */
async function pickAction(user: ReturnType<typeof open>['user'], label: string) {
  const combobox = screen.getByRole('combobox', { name: '操作' });
  fireEvent.mouseDown(combobox);
  await enter(user, combobox, label);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.textContent === label,
    );
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(option);
}

describe('审计日志', { timeout: lazyRouteTimeout }, () => {
  it('lists the events newest first with time in China time, actor, readable action, target and source', async () => {
    const requests = serveAudit(() => page(events, null, events.length));
    open();

    await loadedTable();
    expect(screen.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
    expect(document.title).toBe('审计日志 - 职称申报');
    expect(screen.queryByText(/即将开放/)).toBeNull();
    expect(requests.map((s) => s.toString())).toEqual(['limit=50']);
    expect(rowKeys()).toEqual(events.map((e) => String(e.id)));

    // 02:05:03 UTC is 10:05:03 in China; 16:30 UTC is already the next day there.
    const submit = rowOf(100);
    expect(within(submit).getByText('2026-11-28 10:05:03')).toBeVisible();
    expect(within(submit).getByText('申报个人')).toBeVisible();
    expect(within(submit).getByText('u-applicant')).toBeVisible();
    expect(within(submit).getByText('申报：提交单位审核')).toBeVisible();
    expect(within(submit).getByText('application.submit')).toBeVisible();
    expect(within(submit).getByText('申报')).toBeVisible();
    expect(within(submit).getByText('app-1')).toBeVisible();
    expect(within(submit).getByText('IP：203.0.113.7')).toBeVisible();
    expect(within(submit).getByText('请求 ID：req-submit-1')).toBeVisible();

    const imported = rowOf(99);
    expect(within(imported).getByText('2026-11-28 00:30:00')).toBeVisible();
    expect(within(imported).getByText('单位管理员')).toBeVisible();
    expect(within(imported).getByText('批量导入申报人员')).toBeVisible();
    expect(within(imported).getByText('单位')).toBeVisible();

    const keyCreated = rowOf(98);
    expect(within(keyCreated).getByText('创建 API 密钥')).toBeVisible();
    expect(within(keyCreated).getByText('API 密钥')).toBeVisible();
    expect(within(keyCreated).getByText('通过 API 密钥「对接网关」')).toBeVisible();

    expect(within(rowOf(97)).getByText('删除推送地址')).toBeVisible();
    expect(within(rowOf(97)).getByText('推送地址')).toBeVisible();
    expect(within(rowOf(95)).getByText('新增申报系列')).toBeVisible();
    expect(within(rowOf(95)).getByText('申报系列')).toBeVisible();

    // Nobody identified, no target, no request facts, no details.
    const anonymous = rowOf(96);
    expect(within(anonymous).getByText('登录失败')).toBeVisible();
    expect(within(anonymous).getByText('未识别（未登录或系统）')).toBeVisible();
    expect(within(anonymous).queryByRole('button')).toBeNull();
    expect(within(anonymous).getAllByText('—')).toHaveLength(3);

    // An action (and target type) this page does not know shows as recorded.
    const unknown = rowOf(94);
    expect(within(unknown).getAllByText('report.archived')).toHaveLength(2);
    expect(within(unknown).getByText('report')).toBeVisible();
    expect(within(unknown).queryByRole('button', { name: /展开详情/ })).toBeNull();

    expect(screen.getByText('第 1 页，共 7 条')).toBeVisible();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('opens an event’s details as pretty-printed JSON', async () => {
    serveAudit(() => page(events.slice(0, 3), null, 3));
    const { user } = open();
    await loadedTable();

    const show = within(rowOf(98)).getByRole('button', {
      name: '展开详情：创建 API 密钥（2026-11-27 16:00:00）',
    });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);

    const hide = within(rowOf(98)).getByRole('button', { name: /^收起详情：创建 API 密钥/ });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    const details = table().querySelector('pre.audit-details');
    expect(details?.textContent).toBe(
      JSON.stringify({ name: '人事系统同步', apiKey: { id: 'k0', name: '对接网关' } }, null, 2),
    );
    expect(details?.textContent).toContain('\n  "apiKey": {\n    "id": "k0",');

    await user.click(hide);
    await waitFor(() => expect(table().querySelector('pre.audit-details')).not.toBeVisible());
  });

  it('filters by action and actor, in the request and in the URL', async () => {
    const requests = serveAudit((search) => {
      const matching = events.filter(
        (e) =>
          (!search.get('action') || e.action === search.get('action')) &&
          (!search.get('actorId') || e.actorId === search.get('actorId')),
      );
      return page(matching, null, matching.length);
    });
    const { user } = open();
    await loadedTable();
    expect(dataRows()).toHaveLength(7);
    expect(screen.getByRole('searchbox', { name: '操作人 ID' })).toBeVisible();

    await pickAction(user, '创建 API 密钥');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('action=api_key.created'));
    await waitFor(() => expect(rowKeys()).toEqual(['98']));
    expect(requests.at(-1)?.get('action')).toBe('api_key.created');
    expect(screen.getByText('第 1 页，共 1 条')).toBeVisible();

    // 清除筛选 drops both from the URL and the request.
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(dataRows()).toHaveLength(7));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/bureau\/audit$/);
    // The unfiltered list is still fresh in the cache: shown again without asking.
    expect(requests.map((r) => r.toString())).toEqual(['limit=50', 'limit=50&action=api_key.created']);

    await user.click(
      within(rowOf(99)).getByRole('button', { name: '只看此人（操作人 u-unit-admin）的记录' }),
    );
    await waitFor(() => expect(rowKeys()).toEqual(['99', '98']));
    expect(requests.at(-1)?.get('actorId')).toBe('u-unit-admin');
    expect(screen.getByTestId('location')).toHaveTextContent('actorId=u-unit-admin');
    expect(screen.getByRole('searchbox', { name: '操作人 ID' })).toHaveValue('u-unit-admin');

    await pickAction(user, '批量导入申报人员');
    await waitFor(() => expect(rowKeys()).toEqual(['99']));
    expect(requests.at(-1)?.get('action')).toBe('applicants.imported');
    expect(requests.at(-1)?.get('actorId')).toBe('u-unit-admin');

    // A typed actor ID with nothing recorded: the filtered empty state.
    const actor = screen.getByRole('searchbox', { name: '操作人 ID' });
    await user.clear(actor);
    await enter(user, actor, '  u-nobody ');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('没有符合筛选条件的记录，请调整或清除筛选')).toBeVisible();
    expect(requests.at(-1)?.get('actorId')).toBe('u-nobody');
    expect(screen.getByTestId('location')).toHaveTextContent('actorId=u-nobody');
  });

  it('sends the filters of a shared link on the first request', async () => {
    const requests = serveAudit(() => page([events[4] as AuditEvent], null, 1));
    open('/bureau/audit?action=auth.login_failed&actorId=u-x');
    await findTable();
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.get('action')).toBe('auth.login_failed');
    expect(requests[0]?.get('actorId')).toBe('u-x');
    expect(screen.getByRole('combobox', { name: '操作' }).closest('.ant-select')).toHaveTextContent(
      '登录失败',
    );
    expect(screen.getByRole('searchbox', { name: '操作人 ID' })).toHaveValue('u-x');
  });

  it('says so when nothing has been recorded yet', async () => {
    serveAudit(() => page([], null, 0));
    open();
    expect(await screen.findByText('还没有审计记录', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(await screen.findByText('第 1 页，共 0 条')).toBeVisible();
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull();
  });

  it('pages on with the cursor the previous page gave, and back', async () => {
    const requests = serveAudit((search) =>
      search.get('cursor') === '98' ? page(events.slice(3, 5), null, 5) : page(events.slice(0, 3), '98', 5),
    );
    const { user } = open('/bureau/audit?action=x.y');
    await loadedTable();
    expect(rowKeys()).toEqual(['100', '99', '98']);
    expect(screen.getByText('第 1 页，共 5 条')).toBeVisible();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(rowKeys()).toEqual(['97', '96']));
    expect(screen.getByText('第 2 页，共 5 条')).toBeVisible();
    expect(requests.map((s) => s.get('cursor'))).toEqual([null, '98']);
    // The next page keeps the filters.
    expect(requests[1]?.get('action')).toBe('x.y');
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '上一页' }));
    await waitFor(() => expect(rowKeys()).toEqual(['100', '99', '98']));
    expect(screen.getByText('第 1 页，共 5 条')).toBeVisible();
  });

  it('starts again at the first page when the filters change', async () => {
    const requests = serveAudit((search) =>
      search.get('cursor') ? page(events.slice(3, 5), null, 5) : page(events.slice(0, 3), '98', 5),
    );
    const { user } = open();
    await loadedTable();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(rowKeys()).toEqual(['97', '96']));

    await pickAction(user, '登录失败');
    await waitFor(() => expect(rowKeys()).toEqual(['100', '99', '98']));
    expect(screen.getByText('第 1 页，共 5 条')).toBeVisible();
    expect(requests.at(-1)?.get('action')).toBe('auth.login_failed');
    expect(requests.at(-1)?.get('cursor')).toBeNull();
  });

  it('shows a failed load with 重试, and loads on retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let down = true;
    const requests = serveAudit(() =>
      down ? problem(503, 'unavailable', '服务暂时不可用') : page(events.slice(0, 2), null, 2),
    );
    const { user } = open();
    await screen.findByRole('heading', { level: 1, name: '审计日志' }, { timeout: lazyRouteTimeout });
    // A 5xx is retried twice (the query client) before the page says so.
    await vi.advanceTimersByTimeAsync(5_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('审计日志加载失败，请稍后重试');
    expect(alert).toHaveTextContent('服务暂时不可用');
    expect(screen.queryByRole('table')).toBeNull();
    expect(requests).toHaveLength(3);

    down = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await findTable();
    await waitFor(() => expect(dataRows()).toHaveLength(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed next page with 重试, and 上一页 still goes back', async () => {
    let failNext = true;
    const requests = serveAudit((search) => {
      if (!search.get('cursor')) return page(events.slice(0, 2), '99', 4);
      if (failNext) return problem(400, 'validation_failed', '分页游标无效');
      return page(events.slice(2, 4), null, 4);
    });
    const { user } = open();
    await loadedTable();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('审计日志加载失败，请稍后重试');
    expect(alert).toHaveTextContent('分页游标无效');
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();

    failNext = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(rowKeys()).toEqual(['98', '97']));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('第 2 页，共 4 条')).toBeVisible();
    expect(requests.map((s) => s.get('cursor'))).toEqual([null, '99', '99']);

    await user.click(screen.getByRole('button', { name: '上一页' }));
    await waitFor(() => expect(rowKeys()).toEqual(['100', '99']));
  });
});
