import { screen, waitFor, within } from '@testing-library/react';
import type { Application, applicationListSchema, Cycle } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { draftApplication, listItem, openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

function openHome(initial: Application[]) {
  let items = initial;
  const transitions: { id: string; body: unknown; key: string | null }[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle] satisfies Cycle[] })),
    http.get(api('/applications'), () =>
      HttpResponse.json({
        items: items.map(listItem),
        nextCursor: null,
        total: items.length,
      } satisfies z.infer<typeof applicationListSchema>),
    ),
    http.post(api('/applications/:id/transitions'), async ({ request, params }) => {
      const body = (await request.json()) as { action: string };
      transitions.push({ id: String(params.id), body, key: request.headers.get('Idempotency-Key') });
      items = items.map((a) =>
        a.id === params.id ? { ...a, status: 'draft', allowedActions: ['submit', 'cancel'] } : a,
      );
      const changed = items.find((a) => a.id === params.id);
      return changed ? HttpResponse.json(changed) : problem(404, 'not_found', '申报不存在');
    }),
  );
  const view = renderApp('/applicant', { session: sessionFor('applicant') });
  return { ...view, transitions };
}

const rowOf = (table: HTMLElement, text: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(text)) as HTMLElement;

describe('申报首页 row actions', () => {
  it('shows only the actions allowedActions names, plus 查看进度', async () => {
    openHome([
      draftApplication({ id: 'a-draft', allowedActions: ['submit', 'cancel'] }),
      draftApplication({
        id: 'a-submitted',
        status: 'submitted',
        names: { ...draftApplication().names, qualification: '正高级工程师' },
        allowedActions: ['withdraw', 'cancel'],
      }),
      draftApplication({
        id: 'a-review',
        status: 'unit_review',
        names: { ...draftApplication().names, qualification: '工程师' },
        allowedActions: [],
      }),
      draftApplication({ id: 'a-done', status: 'rejected', allowedActions: ['reapply'] }),
      draftApplication({
        id: 'a-committee',
        status: 'committee_review',
        names: { ...draftApplication().names, qualification: '高级经济师' },
        allowedActions: [],
      }),
    ]);
    const inProgress = await screen.findByRole('table', { name: '申报中' });
    await within(inProgress).findByText('待单位审核');
    const draft = rowOf(inProgress, '填报中');
    expect(within(draft).getByRole('link', { name: '继续申报' })).toBeVisible();
    expect(within(draft).getByRole('button', { name: '撤销' })).toBeVisible();
    expect(within(draft).queryByRole('button', { name: '撤回' })).not.toBeInTheDocument();

    const submitted = rowOf(inProgress, '待单位审核');
    expect(within(submitted).queryByRole('link', { name: '继续申报' })).not.toBeInTheDocument();
    expect(within(submitted).getByRole('button', { name: '撤回' })).toBeVisible();
    expect(within(submitted).getByRole('link', { name: '查看进度：正高级工程师' })).toHaveAttribute(
      'href',
      '/applicant/applications/a-submitted/timeline',
    );

    // 查看申报: what was submitted, read-only (step 4 of a locked application); a draft continues instead.
    expect(within(submitted).getByRole('link', { name: '查看申报：正高级工程师' })).toHaveAttribute(
      'href',
      '/applicant/applications/a-submitted/submit',
    );
    expect(within(draft).queryByRole('link', { name: /查看申报/ })).not.toBeInTheDocument();

    const inReview = rowOf(inProgress, '单位审核中');
    expect(within(inReview).queryAllByRole('button')).toHaveLength(0);

    // 打印评审表 once the department approved (the final form), in a new tab; never before, nor once rejected.
    const print = within(rowOf(inProgress, '评委会评审中')).getByRole('link', { name: /打印评审表/ });
    expect(print).toHaveAttribute('href', '/review-form/a-committee');
    expect(print).toHaveAttribute('target', '_blank');
    expect(within(draft).queryByRole('link', { name: /打印评审表/ })).not.toBeInTheDocument();

    const finished = screen.getByRole('table', { name: '已申报' });
    expect(within(rowOf(finished, '未通过')).getByRole('button', { name: '重新申报' })).toBeVisible();
    expect(
      within(rowOf(finished, '未通过')).queryByRole('link', { name: /打印评审表/ }),
    ).not.toBeInTheDocument();
  });

  it('withdraws after a confirmation with an Idempotency-Key, and the list shows the new status', async () => {
    const { user, transitions } = openHome([
      draftApplication({ id: 'a-submitted', status: 'submitted', allowedActions: ['withdraw', 'cancel'] }),
    ]);
    const inProgress = await screen.findByRole('table', { name: '申报中' });
    await user.click(await within(inProgress).findByRole('button', { name: '撤回' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('撤回「高级工程师」的申报？')[0]).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '确认撤回' }));

    await waitFor(() => expect(transitions).toHaveLength(1));
    expect(transitions[0]).toMatchObject({ id: 'a-submitted', body: { action: 'withdraw' } });
    expect(transitions[0]?.key).toBeTruthy();
    expect(await within(inProgress).findByText('填报中')).toBeVisible();
    expect(within(inProgress).getByRole('link', { name: '继续申报' })).toBeVisible();
  });
});
