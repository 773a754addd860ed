import { screen, waitFor, within } from '@testing-library/react';
import type {
  Application,
  Completeness,
  sectionListSchema,
  TimelineEntry,
  timelineSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatDateTime } from '../../../lib/format-date-time';
import { draftApplication, ids } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { materialFile, materialList } from '../../../test/material-fixtures';
import { renderApp } from '../../../test/render-app';
import type { SectionSummary } from '../../../test/section-fixtures';
import { api, server } from '../../../test/server';

const incomplete: Completeness = {
  complete: false,
  sections: [{ key: 'basicInfo', title: '基本信息', status: 'incomplete', message: '栏目信息不完整' }],
  materials: [
    {
      key: 'highest_degree',
      title: '最高学历(学位)证书或最高学历(学位)证书验证证明',
      reason: '必须上传',
      message: '未上传',
    },
  ],
};

const sectionSummary = {
  no: 1,
  key: 'basicInfo',
  title: '基本信息',
  kind: 'single',
  requiredForSubmit: true,
  status: 'incomplete',
  version: 2,
  updatedAt: '2026-03-02T02:00:00.000Z',
  available: true,
  needsReview: false,
  toCorrect: false,
  changedSinceReturn: null,
} satisfies SectionSummary;

// jsdom has no object URLs; the read-only view turns the photo's bytes into one.
beforeAll(() => {
  URL.createObjectURL = () => 'blob:photo-7';
  URL.revokeObjectURL = () => {};
});

const hash = 'a3f1c2d4e5b6978812345678901234567890abcdefabcdefabcdefabcdef0123';
const submitEntry = {
  id: 'e-1',
  action: 'submit',
  fromStatus: 'draft',
  toStatus: 'submitted',
  actorRole: 'applicant',
  actorName: '张三',
  opinion: null,
  reasons: [],
  votes: null,
  snapshotSha256: hash,
  at: '2026-03-06T02:30:00.000Z',
} satisfies TimelineEntry;

function openSubmit(application: Application, completeness: Completeness) {
  const transitions: { body: unknown; key: string | null }[] = [];
  let current = application;
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api(`/applications/${ids.application}`), () => HttpResponse.json(current)),
    http.get(api('/files/:id'), () => new HttpResponse(new Blob([new Uint8Array([0x89, 0x50])]))),
    http.get(api(`/applications/${ids.application}/timeline`), () =>
      HttpResponse.json({ items: current.status === 'submitted' ? [submitEntry] : [] } satisfies z.infer<
        typeof timelineSchema
      >),
    ),
    http.get(api(`/applications/${ids.application}/completeness`), () => HttpResponse.json(completeness)),
    http.get(api(`/applications/${ids.application}/materials`), () =>
      HttpResponse.json(materialList({ highest_degree: { files: [materialFile(1)] } })),
    ),
    // One request for every section with its data (include=data), not one per section.
    http.get(api(`/applications/${ids.application}/sections`), ({ request }) => {
      expect(new URL(request.url).searchParams.get('include')).toBe('data');
      return HttpResponse.json({
        items: [{ ...sectionSummary, data: { name: '李四', gender: '男', photo: 'photo-7' } }],
      } satisfies z.infer<typeof sectionListSchema>);
    }),
    http.post(api(`/applications/${ids.application}/transitions`), async ({ request }) => {
      transitions.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
      current = {
        ...application,
        status: 'submitted',
        submittedAt: submitEntry.at,
        allowedActions: ['withdraw', 'cancel'],
      };
      return HttpResponse.json(current);
    }),
  );
  const view = renderApp(`/applicant/applications/${ids.application}/submit`, {
    session: sessionFor('applicant'),
  });
  return { ...view, transitions };
}

describe('提交单位审核', () => {
  it('lists what is missing with links to fix it, and keeps 提交单位审核 disabled', async () => {
    openSubmit(draftApplication(), incomplete);
    const missing = await screen.findByRole('list', { name: '未完成的项目' });
    expect(document.title).toBe('提交单位审核 - 职称申报');
    expect(within(missing).getByRole('link', { name: '去填写：基本信息' })).toHaveAttribute(
      'href',
      `/applicant/applications/${ids.application}/sections/basicInfo`,
    );
    expect(within(missing).getByRole('link', { name: /去上传：最高学历/ })).toHaveAttribute(
      'href',
      `/applicant/applications/${ids.application}/materials/highest_degree`,
    );
    expect(screen.getByRole('button', { name: '提交单位审核' })).toBeDisabled();
    // The read-only view shows the saved data under the definitions' labels.
    const name = await screen.findByText('李四');
    expect(name.closest('section')).toHaveAccessibleName('基本信息');
    expect(within(name.closest('section') as HTMLElement).getByText('姓名')).toBeVisible();
    expect(screen.getByRole('button', { name: '撤销申报' })).toBeEnabled();
  });

  it('submits after a confirmation that says the application will be locked, once per intent', async () => {
    const { user, transitions } = openSubmit(draftApplication(), {
      complete: true,
      sections: [],
      materials: [],
    });
    expect(await screen.findByText(/可以提交单位审核/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '提交单位审核' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/提交后申报将被锁定/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(transitions).toHaveLength(1));
    expect(transitions[0]?.body).toEqual({ action: 'submit' });
    expect(transitions[0]?.key).toMatch(/^[0-9a-f-]{36}$/);

    // The receipt replaces the pre-submit instruction: when, what (the snapshot's hash), what next.
    const receipt = await screen.findByRole('region', { name: '已提交单位审核' });
    expect(within(receipt).getByText(formatDateTime(submitEntry.at))).toBeVisible();
    expect(await within(receipt).findByText(hash)).toBeVisible();
    expect(within(receipt).getByText('接下来')).toBeVisible();
    expect(within(receipt).getByRole('link', { name: '查看进度' })).toHaveAttribute(
      'href',
      `/applicant/applications/${ids.application}/timeline`,
    );
    expect(screen.queryByText(/确认无误后点击/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交单位审核' })).not.toBeInTheDocument();
  });

  it('keeps 撤销申报 apart from 提交单位审核, in its own row', async () => {
    openSubmit(draftApplication(), { complete: true, sections: [], materials: [] });
    const submit = await screen.findByRole('button', { name: '提交单位审核' });
    const cancel = screen.getByRole('button', { name: '撤销申报' });
    expect(submit.closest('.wizard-actions')).not.toBeNull();
    expect(cancel.closest('.wizard-actions')).toBeNull();
    expect(cancel.closest('.submit-danger-zone')).toHaveTextContent('不再申报本资格？');
    expect(screen.getByText(/确认无误后点击/)).toBeVisible();
  });

  it('shows the saved photo itself in the read-only view', async () => {
    openSubmit(draftApplication(), incomplete);
    expect(await screen.findByRole('img', { name: '申报人照片' })).toHaveAttribute('src', 'blob:photo-7');
    expect(screen.queryByText('已上传')).not.toBeInTheDocument();
  });

  it('shows a submitted application locked, without 提交单位审核', async () => {
    openSubmit(draftApplication({ status: 'submitted', allowedActions: ['withdraw', 'cancel'] }), incomplete);
    expect(await screen.findByText(/已锁定，不能修改/)).toBeVisible();
    expect(screen.queryByRole('button', { name: '提交单位审核' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '未完成的项目' })).not.toBeInTheDocument();
  });

  it('shows the return notice with its deadline while the application is returned', async () => {
    openSubmit(
      draftApplication({
        status: 'returned',
        correction: {
          opinion: '请补充论文检索证明',
          sections: ['publications'],
          materials: [],
          correctBy: '2026-12-20',
          returnedAt: '2026-03-05T02:00:00.000Z',
          returnedByRole: 'unit_operator',
        },
      }),
      { complete: true, sections: [], materials: [] },
    );
    const notice = await screen.findByRole('region', { name: /申报已退回修改/ });
    expect(within(notice).getByText('退回意见：请补充论文检索证明')).toBeVisible();
    expect(within(notice).getByText('请于 2026-12-20 前修改完成')).toBeVisible();
    expect(within(notice).getByRole('link', { name: /公开发表/ })).toBeVisible();
  });
});
