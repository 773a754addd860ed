import { screen, waitFor, within } from '@testing-library/react';
import type { applicationListSchema, Cycle, TimelineEntry, timelineSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalog, draftApplication, listItem, openCycle } from '../../test/application-fixtures';
import { meFor, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

const committeeEntry = (overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: 't-committee',
  action: 'committee_pass',
  fromStatus: 'committee_review',
  toStatus: 'publicity',
  actorRole: 'committee_secretary',
  actorName: '周秘书',
  opinion: null,
  reasons: [],
  votes: { present: 9, for: 7, against: 1, abstain: 1 },
  snapshotSha256: null,
  at: '2026-06-01T02:00:00.000Z',
  ...overrides,
});

function openHome(
  items: ReturnType<typeof draftApplication>[],
  cycles = [openCycle],
  timelines: Record<string, TimelineEntry[]> = {},
) {
  const timelineReads: string[] = [];
  server.use(
    http.get(api('/applications/:id/timeline'), ({ params }) => {
      timelineReads.push(String(params.id));
      return HttpResponse.json({ items: timelines[String(params.id)] ?? [] } satisfies z.infer<
        typeof timelineSchema
      >);
    }),
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/cycles'), () => HttpResponse.json({ items: cycles satisfies Cycle[] })),
    http.get(api('/applications'), () =>
      HttpResponse.json({
        items: items.map(listItem),
        nextCursor: null,
        total: items.length,
      } satisfies z.infer<typeof applicationListSchema>),
    ),
  );
  return { ...renderApp('/applicant', { session: sessionFor('applicant') }), timelineReads };
}

describe('申报首页', () => {
  it('shows the business type, the open cycle and both entries', async () => {
    // The innovative entry leads to step 1, which loads the catalogue.
    server.use(http.get(api('/catalog'), () => HttpResponse.json(catalog)));
    const { user } = openHome([]);
    expect(await screen.findByRole('heading', { name: '欢迎，张三' })).toBeVisible();
    expect(await screen.findByRole('radio', { name: '资格评审' })).toBeChecked();
    expect(await screen.findByText('当前申报批次：2026年度专业技术资格评审')).toBeVisible();
    expect(await screen.findByText(/还没有申报中的资格评审/)).toBeVisible();
    // 已申报 lists the cancelled applications too, and its empty text says so.
    expect(screen.getByText('还没有评审结束或已撤销的申报。')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /创新型人才申报/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/applicant/applications/new?track=innovative',
      ),
    );
  });

  it('lists in-progress and finished applications apart, with 继续申报 only where editable', async () => {
    openHome([
      draftApplication(),
      draftApplication({ id: 'a-2', status: 'approved', allowedActions: ['reapply'] }),
      draftApplication({ id: 'a-3', status: 'submitted', allowedActions: ['withdraw', 'cancel'] }),
    ]);
    const inProgress = await screen.findByRole('table', { name: '申报中' });
    const finished = screen.getByRole('table', { name: '已申报' });
    expect(await within(inProgress).findByText('填报中')).toBeVisible();
    expect(within(inProgress).getByText('待单位审核')).toBeVisible();
    expect(within(inProgress).getAllByRole('link', { name: '继续申报' })).toHaveLength(1);
    expect(within(finished).getByText('评审通过')).toBeVisible();
    expect(within(finished).queryByRole('link', { name: '继续申报' })).not.toBeInTheDocument();
    expect(within(inProgress).getAllByText('高级工程师')).toHaveLength(2);
  });

  it('shows 评审通过 / 未通过 with the outcome and the committee vote, reading only finished reviews', async () => {
    const { timelineReads } = openHome(
      [
        draftApplication({ id: 'a-1', status: 'submitted', allowedActions: ['withdraw', 'cancel'] }),
        draftApplication({ id: 'a-2', status: 'approved', allowedActions: ['reapply'] }),
        draftApplication({
          id: 'a-3',
          status: 'rejected',
          outcome: 'committee_failed',
          allowedActions: ['reapply'],
        }),
        draftApplication({ id: 'a-4', status: 'rejected', outcome: 'unit_rejected', allowedActions: [] }),
      ],
      [openCycle],
      {
        'a-2': [committeeEntry()],
        'a-3': [
          committeeEntry({
            id: 't-3',
            action: 'committee_fail',
            toStatus: 'rejected',
            votes: { present: 9, for: 5, against: 4, abstain: 0 },
          }),
        ],
      },
    );
    const outcomes = await screen.findByRole('list', { name: '评审结果' });
    const [approved, failed, unitRejected] = within(outcomes).getAllByRole('listitem');
    expect(within(approved as HTMLElement).getByText('评审通过')).toBeVisible();
    expect(
      await within(approved as HTMLElement).findByText(
        '评委会表决：出席 9 人，赞成 7 票，反对 1 票，弃权 1 票',
      ),
    ).toBeVisible();
    expect(within(failed as HTMLElement).getByText('未通过')).toBeVisible();
    expect(within(failed as HTMLElement).getByText('评委会评审未通过')).toBeVisible();
    expect(
      await within(failed as HTMLElement).findByText(
        '评委会表决：出席 9 人，赞成 5 票，反对 4 票，弃权 0 票',
      ),
    ).toBeVisible();
    expect(within(unitRejected as HTMLElement).getByText('单位审核不通过')).toBeVisible();
    expect(within(unitRejected as HTMLElement).queryByText(/评委会表决/)).not.toBeInTheDocument();
    // No timeline for what is still in progress or never reached the committee.
    expect([...timelineReads].sort()).toEqual(['a-2', 'a-3']);
  });

  it('does not offer a second application while one is in progress in the open cycle, and says why', async () => {
    openHome([draftApplication({ id: 'a-1', status: 'submitted', allowedActions: ['withdraw', 'cancel'] })]);
    const reason = await screen.findByText(/本批次您已有一份进行中的申报（高级工程师，待单位审核）/);
    for (const name of [/普通申报/, /创新型人才申报/]) {
      const entry = screen.getByRole('button', { name });
      expect(entry).toBeDisabled();
      expect(entry).toHaveAccessibleDescription(
        expect.stringContaining('每个申报批次只能有一份进行中的申报'),
      );
    }
    expect(
      within(reason.closest('.ant-alert') as HTMLElement).getByRole('link', { name: '查看进度' }),
    ).toHaveAttribute('href', '/applicant/applications/a-1/timeline');
  });

  it('offers to start again once the application in the open cycle ended', async () => {
    openHome([draftApplication({ id: 'a-1', status: 'cancelled', allowedActions: ['reapply'] })]);
    expect(await screen.findByRole('table', { name: '已申报' })).toBeVisible();
    expect(await screen.findByRole('button', { name: /普通申报/ })).toBeEnabled();
    expect(screen.queryByText(/本批次您已有一份进行中的申报/)).not.toBeInTheDocument();
  });

  it('says when no cycle is open and does not offer to start', async () => {
    openHome([], []);
    expect(await screen.findByText('当前没有开放的申报批次，暂不能新建申报。')).toBeVisible();
    expect(screen.getByRole('button', { name: /普通申报/ })).toBeDisabled();
  });
});
