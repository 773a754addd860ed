import { screen, within } from '@testing-library/react';
import type { Application, applicationListSchema, TimelineEntry, timelineSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { draftApplication, listItem } from '../../test/application-fixtures';
import { meFor, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

const lastYear = draftApplication({
  id: 'app-2025',
  status: 'rejected',
  allowedActions: ['reapply'],
  createdAt: '2025-03-01T02:00:00.000Z',
  names: { ...draftApplication().names, cycle: '2025年度职称评审', qualification: '工程师' },
});
const thisYear = draftApplication({ id: 'app-2026', status: 'unit_review', allowedActions: [] });

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
  return {
    id: 'e',
    action: 'submit',
    fromStatus: 'draft',
    toStatus: 'submitted',
    actorRole: 'applicant',
    actorName: '张三',
    opinion: null,
    reasons: [],
    votes: null,
    snapshotSha256: null,
    at: '2026-03-02T02:00:00.000Z',
    ...overrides,
  };
}

function serve(applications: Application[], timelines: Record<string, TimelineEntry[]> = {}) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/applications'), () =>
      HttpResponse.json({
        items: applications.map(listItem),
        nextCursor: null,
        total: applications.length,
      } satisfies z.infer<typeof applicationListSchema>),
    ),
    http.get(api('/applications/:id/timeline'), ({ params }) =>
      HttpResponse.json({ items: timelines[String(params.id)] ?? [] } satisfies z.infer<
        typeof timelineSchema
      >),
    ),
  );
}

// The first test also waits for the lazy routes to be transformed, slow on a busy machine.
describe('查看进度 (menu page)', { timeout: 30_000 }, () => {
  it("lists every cycle's application newest first, each with its status and its timeline", async () => {
    serve([lastYear, thisYear], {
      'app-2025': [
        entry({ id: 'a', at: '2025-03-05T02:00:00.000Z' }),
        entry({
          id: 'b',
          action: 'reject',
          fromStatus: 'dept_review',
          toStatus: 'rejected',
          actorRole: 'dept_reviewer',
          actorName: '陈审核',
          opinion: '业绩不足',
          at: '2025-05-05T02:00:00.000Z',
        }),
      ],
      'app-2026': [entry({ id: 'c' })],
    });
    renderApp('/applicant/progress', { session: sessionFor('applicant') });
    expect(await screen.findByRole('heading', { level: 1, name: '查看进度' })).toBeVisible();
    expect(document.title).toBe('查看进度 - 职称申报');
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['高级工程师', '工程师']);

    const current = headings[0]?.closest('.ant-card') as HTMLElement;
    expect(within(current).getByText('单位审核中')).toHaveClass('ant-tag-blue');
    expect(within(current).getByText(/^2026年度/)).toBeVisible();
    const currentTimeline = await within(current).findByRole('list', { name: '高级工程师的审核进度' });
    expect(within(currentTimeline).getByText('提交单位审核 → 待单位审核')).toBeVisible();

    const earlier = headings[1]?.closest('.ant-card') as HTMLElement;
    expect(within(earlier).getByText('未通过')).toHaveClass('ant-tag-red');
    expect(within(earlier).getByText(/^2025年度职称评审/)).toBeVisible();
    const earlierTimeline = await within(earlier).findByRole('list', { name: '工程师的审核进度' });
    expect(within(earlierTimeline).getByText('审核不通过 → 未通过')).toBeVisible();
    expect(within(earlierTimeline).getByText('日常工作部门审核人 陈审核')).toBeVisible();
    expect(within(earlierTimeline).getByText('意见：业绩不足')).toBeVisible();
    expect(screen.queryByText(/即将开放/)).toBeNull();
  });

  it('says how to start when there is no application yet', async () => {
    serve([]);
    renderApp('/applicant/progress', { session: sessionFor('applicant') });
    expect(await screen.findByText(/还没有申报。请在申报首页点击/)).toBeVisible();
  });
});
