import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  Application,
  applicationListSchema,
  PublicityCreate,
  PublicityWindow,
  TransitionRequest,
  WorkCalendarYear,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { draftApplication } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { queueItem } from '../../../test/queue-fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;
const decisions = ['publicity_pass', 'publicity_fail'] as const;

const resultWindow = (id: string, startsOn: string, endsOn: string) =>
  ({
    id: `w-${id}`,
    stage: 'result',
    startsOn,
    endsOn,
    workingDays: 5,
    note: null,
    applicationIds: [id],
    createdAt: `${startsOn}T02:00:00.000Z`,
  }) satisfies PublicityWindow;

// The rows carry their latest 评审结果公示 window: none (only a 单位公示 before), ended, running.
const unpublicised = queueItem(1, {
  status: 'publicity',
  allowedActions: [...decisions],
  unitPublicity: { startsOn: '2026-02-02', endsOn: '2026-02-06', workingDays: 5, ended: true },
});
const ended = queueItem(2, {
  status: 'publicity',
  allowedActions: [...decisions],
  resultPublicity: { startsOn: '2026-03-02', endsOn: '2026-03-09', workingDays: 5, ended: true },
});
const running = queueItem(3, {
  status: 'publicity',
  allowedActions: [...decisions],
  resultPublicity: { startsOn: '2099-01-05', endsOn: '2099-01-09', workingDays: 5, ended: false },
});

function openPublicity() {
  const posted: PublicityCreate[] = [];
  const transitions: { id: string; body: TransitionRequest }[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('dept_reviewer'))),
    http.get(api('/applications'), ({ request }) => {
      expect(new URL(request.url).searchParams.get('status')).toBe('publicity');
      const items = [unpublicised, ended, running];
      return HttpResponse.json({ items, nextCursor: null, total: items.length } satisfies z.infer<
        typeof applicationListSchema
      >);
    }),
    http.get(api('/calendar'), () =>
      HttpResponse.json({ year: 2026, holidays: [], workdays: [] } satisfies WorkCalendarYear),
    ),
    http.post(api('/publicity'), async ({ request }) => {
      const body = (await request.json()) as PublicityCreate;
      posted.push(body);
      return HttpResponse.json(
        {
          ...resultWindow(body.applicationIds[0] ?? '', body.startsOn, body.endsOn),
          applicationIds: body.applicationIds,
        } satisfies PublicityWindow,
        { status: 201 },
      );
    }),
    http.post(api('/applications/:id/transitions'), async ({ request, params }) => {
      const body = (await request.json()) as TransitionRequest;
      const id = String(params.id);
      transitions.push({ id, body });
      if (id === running.id) return problem(409, 'publicity_not_ended', '公示期尚未结束');
      return HttpResponse.json(
        draftApplication({
          id,
          status: body.action === 'publicity_pass' ? 'approved' : 'rejected',
          allowedActions: [],
        }) satisfies Application,
      );
    }),
  );
  const view = renderApp('/dept/publicity', { session: sessionFor('dept_reviewer') });
  return { ...view, posted, transitions };
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('公示管理', { timeout: lazyRouteTimeout }, () => {
  it('shows each result window, records one for the unpublicised and passes the ended one', async () => {
    const { user, posted, transitions } = openPublicity();
    await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout });
    expect(await within(rowOf('申报人1')).findByText('未公示')).toBeVisible();
    expect(within(rowOf('申报人2')).getByText('2026-03-02 至 2026-03-09（5 个工作日）')).toBeVisible();
    expect(within(rowOf('申报人2')).getByText('已结束')).toBeVisible();
    expect(within(rowOf('申报人3')).getByText('公示中')).toBeVisible();
    // Pass and fail only once the window has ended.
    expect(within(rowOf('申报人3')).queryByRole('button', { name: /公示通过/ })).not.toBeInTheDocument();
    expect(within(rowOf('申报人1')).queryByRole('button', { name: /公示通过/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '选择 申报人1 的申报' }));
    await user.click(screen.getByRole('button', { name: '评审结果公示（1）' }));
    const dialog = await screen.findByRole('dialog', { name: '评审结果公示（1 份申报）' });
    const startsOn = within(dialog).getByLabelText('公示开始日期');
    fireEvent.change(startsOn, { target: { value: '' } });
    await enter(user, startsOn, '2026-03-02');
    fireEvent.keyDown(startsOn, { key: 'Enter', code: 'Enter' });
    const endsOn = within(dialog).getByLabelText('公示结束日期');
    await enter(user, endsOn, '2026-03-06');
    fireEvent.keyDown(endsOn, { key: 'Enter', code: 'Enter' });
    expect(await within(dialog).findByText('公示期共 5 个工作日')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '登记公示' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      stage: 'result',
      applicationIds: [unpublicised.id],
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
    });
    expect(await screen.findByText('已为 1 份申报登记评审结果公示（5 个工作日）')).toBeVisible();

    await user.click(within(rowOf('申报人2')).getByRole('button', { name: '公示通过：申报人2' }));
    await user.click(await screen.findByRole('button', { name: '确认通过' }));
    const result = await screen.findByRole('dialog', { name: '公示通过结果' });
    expect(transitions).toEqual([{ id: ended.id, body: { action: 'publicity_pass' } }]);
    expect(within(result).getByText('成功 1 份，未办理 0 份')).toBeVisible();
    expect(within(result).getByText('当前状态：评审通过')).toBeVisible();
  });

  it('refuses 公示不通过 without an opinion, then sends one transition per application', async () => {
    const { user, transitions } = openPublicity();
    await screen.findByText('申报人2', {}, { timeout: lazyRouteTimeout });
    await within(rowOf('申报人2')).findByText('已结束');
    await user.click(within(rowOf('申报人2')).getByRole('button', { name: '公示不通过：申报人2' }));
    const dialog = await screen.findByRole('dialog', { name: '公示不通过（1 份申报）' });
    await user.click(within(dialog).getByRole('button', { name: '确认不通过' }));
    expect(await within(dialog).findByText('公示未通过须填写意见（理由）')).toBeVisible();
    expect(transitions).toEqual([]);

    await enter(user, within(dialog).getByLabelText('意见（必填）'), '公示期间收到实名异议，经核实业绩不实');
    await user.click(within(dialog).getByRole('button', { name: '确认不通过' }));
    const result = await screen.findByRole('dialog', { name: '公示不通过结果' });
    expect(transitions).toEqual([
      {
        id: ended.id,
        body: { action: 'publicity_fail', opinion: '公示期间收到实名异议，经核实业绩不实' },
      },
    ]);
    expect(within(result).getByText('当前状态：未通过')).toBeVisible();
  });
});
