import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { draftApplication, ids } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { materialFile, materialList } from '../../../test/material-fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

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

    const optional = rowOf(table, 'SCI、EI、ISTP');
    expect(within(optional).queryByText('必传')).not.toBeInTheDocument();
    expect(within(optional).getByText('是')).toBeVisible();

    await user.click(within(summary).getByRole('link', { name: /上传材料/ }));
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
