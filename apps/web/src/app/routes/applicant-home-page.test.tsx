import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { catalog, draftApplication, listItem, openCycle } from '../../test/application-fixtures';
import { meFor, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

function openHome(items: ReturnType<typeof draftApplication>[], cycles = [openCycle]) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/cycles'), () => HttpResponse.json({ items: cycles })),
    http.get(api('/applications'), () =>
      HttpResponse.json({ items: items.map(listItem), nextCursor: null, total: items.length }),
    ),
  );
  return renderApp('/applicant', { session: sessionFor('applicant') });
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
    expect(screen.getByText('还没有已完成的申报。')).toBeVisible();
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

  it('says when no cycle is open and does not offer to start', async () => {
    openHome([], []);
    expect(await screen.findByText('当前没有开放的申报批次，暂不能新建申报。')).toBeVisible();
    expect(screen.getByRole('button', { name: /普通申报/ })).toBeDisabled();
  });
});
