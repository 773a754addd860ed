import { screen, within } from '@testing-library/react';
import {
  actionLabelsByLocale as actions,
  statusLabelsByLocale as statuses,
  type TimelineEntry,
  type timelineSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatDateTime } from '../../../lib/format-date-time';
import { draftApplication, ids } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

type Timeline = z.infer<typeof timelineSchema>;

const entries: TimelineEntry[] = [
  {
    id: 'e-1',
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
  },
  {
    id: 'e-2',
    action: 'return',
    fromStatus: 'unit_review',
    toStatus: 'returned',
    actorRole: 'unit_operator',
    actorName: '赵经办',
    opinion: '请补充学历证书',
    reasons: ['最高学历'],
    votes: null,
    snapshotSha256: null,
    at: '2026-03-03T06:30:00.000Z',
  },
];

function serveTimeline() {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api(`/applications/${ids.application}`), () =>
      HttpResponse.json(draftApplication({ status: 'returned', allowedActions: ['submit', 'cancel'] })),
    ),
    http.get(api(`/applications/${ids.application}/timeline`), () =>
      HttpResponse.json({ items: entries } satisfies Timeline),
    ),
  );
}

describe('查看进度', () => {
  it('lists each status change with its action, new status, actor role, opinion and time', async () => {
    serveTimeline();
    renderApp(`/applicant/applications/${ids.application}/timeline`, { session: sessionFor('applicant') });
    expect(await screen.findByText('提交单位审核 → 待单位审核')).toBeVisible();
    expect(document.title).toBe('查看进度 - 职称申报');
    expect(screen.getByText('申报个人 张三')).toBeVisible();
    expect(screen.getByText('退回修改 → 退回修改')).toBeVisible();
    expect(screen.getByText('单位经办人 赵经办')).toBeVisible();
    expect(screen.getByText('意见：请补充学历证书')).toBeVisible();
    expect(screen.getByText('原因：最高学历')).toBeVisible();
    // Times in the browser's time zone, as every list shows them.
    for (const entry of entries) expect(screen.getByText(formatDateTime(entry.at))).toBeVisible();
  });

  it('starts with the creation and ends with the stages still to come, greyed', async () => {
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
      http.get(api(`/applications/${ids.application}`), () =>
        HttpResponse.json(draftApplication({ status: 'unit_review', allowedActions: [] })),
      ),
      http.get(api(`/applications/${ids.application}/timeline`), () =>
        HttpResponse.json({ items: entries.slice(0, 1) } satisfies Timeline),
      ),
    );
    renderApp(`/applicant/applications/${ids.application}/timeline`, { session: sessionFor('applicant') });
    const list = await screen.findByRole('list', { name: '审核进度' });
    await within(list).findByText('提交单位审核 → 待单位审核');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('创建申报');
    expect(items[0]).toHaveTextContent(formatDateTime(draftApplication().createdAt));
    const upcoming = items.filter((item) => item.classList.contains('timeline-upcoming'));
    expect(upcoming.map((item) => item.textContent)).toEqual([
      '待进行部门审核',
      '待进行评委会评审',
      '待进行评审结果公示（不少于 5 个工作日）',
    ]);
    expect(items.slice(-3)).toEqual(upcoming);
    expect(within(list).queryByText('单位审核')).not.toBeInTheDocument();
  });

  it('shows every stage ahead of a draft, submitting first', async () => {
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
      http.get(api(`/applications/${ids.application}`), () => HttpResponse.json(draftApplication())),
      http.get(api(`/applications/${ids.application}/timeline`), () =>
        HttpResponse.json({ items: [] } satisfies Timeline),
      ),
    );
    renderApp(`/applicant/applications/${ids.application}/timeline`, { session: sessionFor('applicant') });
    const list = await screen.findByRole('list', { name: '审核进度' });
    const upcoming = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('timeline-upcoming'));
    expect(upcoming.map((item) => item.textContent?.replace('待进行', ''))).toEqual([
      '提交单位审核',
      '单位审核',
      '单位公示（不少于 5 个工作日）',
      '部门审核',
      '评委会评审',
      '评审结果公示（不少于 5 个工作日）',
    ]);
  });

  it('names actions and statuses in English when English is chosen (the contracts’ names)', async () => {
    localStorage.setItem('zhicheng.language', 'en-US');
    serveTimeline();
    renderApp(`/applicant/applications/${ids.application}/timeline`, { session: sessionFor('applicant') });
    expect(
      await screen.findByText(`${actions['en-US'].submit} → ${statuses['en-US'].submitted}`),
    ).toBeVisible();
    expect(screen.getByText(`${actions['en-US'].return} → ${statuses['en-US'].returned}`)).toBeVisible();
    // The current status's tag, above the timeline.
    expect(screen.getAllByText(statuses['en-US'].returned).length).toBeGreaterThan(0);
    expect(screen.queryByText(/提交单位审核|退回修改/)).not.toBeInTheDocument();
  });
});
