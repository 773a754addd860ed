import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { draftApplication, ids } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { materialFile, materialList } from '../../../test/material-fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';
import { setViewportWidth } from '../../../test/viewport';

function openList(materials = materialList(), application = draftApplication()) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api(`/applications/${ids.application}`), () => HttpResponse.json(application)),
    http.get(api(`/applications/${ids.application}/materials`), () => HttpResponse.json(materials)),
  );
  return renderApp(`/applicant/applications/${ids.application}/materials`, {
    session: sessionFor('applicant'),
  });
}

/** antd's breakpoints as on a phone 375 px wide, for the rest of the test. */
function onPhone() {
  onTestFinished(setViewportWidth(375));
}

const rowOf = (table: HTMLElement, title: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(title)) as HTMLElement;

describe('上传申报材料 list', () => {
  it('marks required categories with their reason and shows 完成状态 是/否 and file counts', async () => {
    const { user } = openList(
      materialList({
        highest_degree: {
          required: true,
          reason: '必须上传',
          done: true,
          files: [
            materialFile(1),
            materialFile(2, { contentType: 'application/pdf', fileName: 'b.pdf', pages: 3 }),
          ],
        },
        personal_summary: { required: true, reason: '试点评委会必须上传', done: false },
        published_books: { files: [materialFile(3, { category: 'published_books' })] },
      }),
    );
    const table = await screen.findByRole('table', { name: '申报材料' });
    expect(document.title).toBe('上传申报材料 - 职称申报');

    const degree = rowOf(table, '最高学历(学位)证书');
    expect(within(degree).getByText('必传')).toBeVisible();
    expect(within(degree).getByText('是')).toBeVisible();
    expect(within(degree).getByText('共 2 个文件')).toBeVisible();
    expect(within(degree).getByText('3 页')).toBeVisible();

    const summary = rowOf(table, '个人总结');
    expect(within(summary).getByText('必传')).toBeVisible();
    expect(within(summary).getByText('试点评委会必须上传')).toBeVisible();
    expect(within(summary).getByText('否')).toBeVisible();

    // Optional (or, like 创新型人才 on the normal track, irrelevant) and empty: nothing to upload, not 是.
    const optional = rowOf(table, 'SCI、EI、ISTP');
    expect(within(optional).queryByText('必传')).not.toBeInTheDocument();
    expect(within(optional).getByText('无需上传')).toBeVisible();
    expect(within(optional).queryByText('是')).not.toBeInTheDocument();
    expect(within(rowOf(table, '创新型人才申报证明材料')).getByText('无需上传')).toBeVisible();
    // Optional with a file: 是.
    expect(within(rowOf(table, '公开出版的著作')).getByText('是')).toBeVisible();

    await user.click(within(summary).getByRole('link', { name: /上传材料/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        `/applicant/applications/${ids.application}/materials/personal_summary`,
      ),
    );
  });

  it('shows each category as a card on a phone: name, 必传, 完成状态, file count and the action', async () => {
    onPhone();
    const { user } = openList(
      materialList({
        highest_degree: {
          required: true,
          reason: '必须上传',
          files: [materialFile(1), materialFile(2)],
        },
        personal_summary: { required: true, reason: '试点评委会必须上传', done: false },
      }),
    );
    const cards = await screen.findByRole('list', { name: '申报材料' });
    expect(screen.queryByRole('table', { name: '申报材料' })).not.toBeInTheDocument();

    const degree = within(cards).getByRole('listitem', { name: /最高学历\(学位\)证书/ });
    expect(within(degree).getByText(/最高学历\(学位\)证书/)).toBeVisible();
    expect(within(degree).getByText('必传')).toBeVisible();
    expect(within(degree).getByText(/完成状态/)).toBeVisible();
    expect(within(degree).getByText('是')).toBeVisible();
    expect(within(degree).getByText('共 2 个文件')).toBeVisible();
    expect(within(degree).getByRole('link', { name: /上传材料/ })).toBeVisible();

    const summary = within(cards).getByRole('listitem', { name: '个人总结' });
    expect(within(summary).getByText('必传')).toBeVisible();
    expect(within(summary).getByText('否')).toBeVisible();
    expect(within(summary).getByText('未上传')).toBeVisible();

    const optional = within(cards).getByRole('listitem', { name: /SCI、EI、ISTP/ });
    expect(within(optional).queryByText('必传')).not.toBeInTheDocument();
    expect(within(optional).getByText('无需上传')).toBeVisible();

    await user.click(within(summary).getByRole('link', { name: '上传材料：个人总结' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        `/applicant/applications/${ids.application}/materials/personal_summary`,
      ),
    );
  });

  it.each([
    ['下一步：提交申报', 'submit'],
    ['上一步：填写申报信息', 'sections'],
  ])('%s leads to the %s step', async (button, step) => {
    // The next page's own requests are not this test's concern.
    server.use(http.get(api('/*'), () => new HttpResponse(null, { status: 404 })));
    const { user } = openList();
    await user.click(await screen.findByRole('button', { name: button }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        `/applicant/applications/${ids.application}/${step}`,
      ),
    );
  });

  it('while returned, shows the return notice and lists the categories to correct first, tagged 需修改', async () => {
    openList(
      materialList({ personal_summary: { toCorrect: true } }),
      draftApplication({
        status: 'returned',
        correction: {
          opinion: '个人总结缺少签名',
          sections: [],
          materials: ['personal_summary'],
          correctBy: null,
          returnedAt: '2026-03-05T02:00:00.000Z',
          returnedByRole: 'unit_admin',
        },
      }),
    );
    const table = await screen.findByRole('table', { name: '申报材料' });
    const notice = screen.getByRole('region', { name: /申报已退回修改/ });
    expect(within(notice).getByText('退回意见：个人总结缺少签名')).toBeVisible();
    expect(within(notice).queryByText(/前修改完成/)).not.toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('个人总结');
    expect(within(rows[0] as HTMLElement).getByText('需修改')).toBeVisible();
    expect(within(table).getAllByText('需修改')).toHaveLength(1);
  });
});
