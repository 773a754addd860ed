import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { draftApplication } from '../../../test/application-fixtures';
import { sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { appId, sectionList, sectionResponse, serveApplicantApi } from '../../../test/section-fixtures';
import { api, server } from '../../../test/server';
import { setViewportWidth } from '../../../test/viewport';

const listUrl = `/applicant/applications/${appId}/sections`;

function rowOf(title: string | RegExp): HTMLElement {
  const cell = screen.getByRole('cell', { name: title });
  return cell.closest('tr') as HTMLElement;
}

// The first test also waits for the lazy routes to be transformed, slow on a busy machine.
const lazyRouteTimeout = 30_000;

describe('填写申报信息 (the section list)', { timeout: lazyRouteTimeout }, () => {
  beforeEach(() => setViewportWidth(1280));

  it('lists the 23 sections with number, title, status tag and 填报, under the step bar', async () => {
    serveApplicantApi({ list: sectionList({ basicInfo: 'incomplete' }, true) });
    renderApp(listUrl, { session: sessionFor('applicant') });
    const table = await screen.findByRole('table', { name: '申报信息' });
    expect(within(table).getAllByRole('row')).toHaveLength(24);
    expect(within(rowOf('基本申报信息')).getByText('不完整')).toBeVisible();
    expect(within(rowOf('工作负面情况说明')).getByText('未填报')).toBeVisible();
    expect(within(rowOf('工作负面情况说明')).getByRole('cell', { name: '23' })).toBeVisible();
    expect(
      screen.getByRole('navigation', { name: '申报步骤' }).querySelector('.ant-steps-item-process'),
    ).toHaveTextContent('填写申报信息');
    expect(screen.getByText('已选择的申报资格')).toBeVisible();
    expect(screen.getByRole('link', { name: '下一步：上传申报材料' })).toHaveAttribute(
      'href',
      `/applicant/applications/${appId}/materials`,
    );
    // The draft's review form opens watermarked in a new tab, on its own page.
    const preview = screen.getByRole('link', { name: /预览评审表/ });
    expect(preview).toHaveAttribute('href', `/review-form/${appId}`);
    expect(preview).toHaveAttribute('target', '_blank');
  });

  it('marks each section 必填 or 选填 and counts the required ones done', async () => {
    serveApplicantApi({
      list: sectionList({ basicInfo: 'complete', education: 'complete', awards: 'complete' }),
    });
    renderApp(listUrl, { session: sessionFor('applicant') });
    const table = await screen.findByRole('table', { name: '申报信息' });
    expect(within(table).getByRole('columnheader', { name: '要求' })).toBeVisible();
    expect(within(rowOf('基本申报信息')).getByText('必填')).toBeVisible();
    expect(within(rowOf('工作负面情况说明')).getByText('必填')).toBeVisible();
    expect(within(rowOf('非学历教育情况')).getByText('选填')).toBeVisible();
    expect(within(table).getAllByText('必填')).toHaveLength(5);
    expect(within(table).getAllByText('选填')).toHaveLength(18);
    // 获奖情况 is done too, but only the 5 required sections count.
    expect(screen.getByText('已完成 2 / 5 必填')).toBeVisible();
  });

  it('keeps 填报 disabled for the other sections until basic info is saved', async () => {
    serveApplicantApi({ list: sectionList({}, false) });
    const { user } = renderApp(listUrl, { session: sessionFor('applicant') });
    await screen.findByRole('table', { name: '申报信息' });
    expect(screen.getByRole('button', { name: '填报 基本申报信息' })).toBeEnabled();
    const education = screen.getByRole('button', { name: '填报 学历学位教育情况' });
    expect(education).toBeDisabled();
    await user.hover(education.parentElement as HTMLElement);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('请先填写基本申报信息');
  });

  it('colours the status: 已填报 green, 不完整 orange, 未填报 red (grey when optional), and opens a section from 填报', async () => {
    serveApplicantApi({ list: sectionList({ basicInfo: 'complete', education: 'incomplete' }) });
    const { user } = renderApp(listUrl, { session: sessionFor('applicant') });
    await screen.findByRole('table', { name: '申报信息' });
    expect(within(rowOf('基本申报信息')).getByText('已填报')).toHaveClass('ant-tag-green');
    expect(within(rowOf('学历学位教育情况')).getByText('不完整')).toHaveClass('ant-tag-orange');
    expect(within(rowOf('主要工作经历')).getByText('未填报')).toHaveClass('ant-tag-red');
    // An empty optional section is nothing to fix: grey, not red.
    const optional = within(rowOf('非学历教育情况')).getByText('未填报');
    expect(optional).not.toHaveClass('ant-tag-red');
    expect(optional).toHaveClass('ant-tag-default');
    server.use(
      http.get(api(`/applications/${appId}/sections/workHistory`), () =>
        HttpResponse.json(sectionResponse('workHistory')),
      ),
    );
    await user.click(screen.getByRole('button', { name: '填报 主要工作经历' }));
    expect(await screen.findByRole('heading', { name: '4. 主要工作经历' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(`${listUrl}/workHistory`);
  });

  it('says 查看 instead of 填报 once the application is submitted', async () => {
    serveApplicantApi({ application: draftApplication({ status: 'submitted', allowedActions: [] }) });
    renderApp(listUrl, { session: sessionFor('applicant') });
    expect(await screen.findByRole('button', { name: '查看 基本申报信息' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /^填报/ })).toBeNull();
  });

  it('flags sections 重新申报 copied with out-of-cycle evidence as 需复核, in the list and the side navigation', async () => {
    const list = sectionList({ basicInfo: 'complete', workHistory: 'complete' }).map((s) =>
      s.key === 'workHistory' ? { ...s, needsReview: true } : s,
    );
    serveApplicantApi({ list });
    const { user } = renderApp(listUrl, { session: sessionFor('applicant') });
    await screen.findByRole('table', { name: '申报信息' });
    const tag = within(rowOf(/^主要工作经历/)).getByText('需复核');
    expect(screen.getAllByText('需复核')).toHaveLength(1);
    await user.hover(tag);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      '重新申报时复制的内容可能已过期，请核对后保存',
    );

    server.use(
      http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
        HttpResponse.json(sectionResponse('basicInfo')),
      ),
    );
    await user.click(screen.getByRole('button', { name: '填报 基本申报信息' }));
    const nav = await screen.findByRole('navigation', { name: '申报栏目导航' });
    expect(within(nav).getByRole('link', { name: /^4\. 主要工作经历\s*需复核/ })).toBeVisible();
    expect(within(nav).getByRole('link', { name: /^1\. 基本申报信息\s*（/ })).toBeVisible();
  });

  it('while returned, shows the return notice and lists the sections to correct first, tagged 需修改', async () => {
    const list = sectionList({ basicInfo: 'complete', workHistory: 'complete' }).map((s) =>
      s.key === 'workHistory' || s.key === 'publications' ? { ...s, toCorrect: true } : s,
    );
    serveApplicantApi({
      list,
      application: draftApplication({
        status: 'returned',
        correction: {
          opinion: '请补充2019年工作证明',
          sections: ['workHistory', 'publications'],
          materials: ['personal_summary'],
          correctBy: '2026-12-20',
          returnedAt: '2026-03-05T02:00:00.000Z',
          returnedByRole: 'dept_reviewer',
        },
      }),
    });
    const { user } = renderApp(listUrl, { session: sessionFor('applicant') });
    const table = await screen.findByRole('table', { name: '申报信息' });
    const notice = screen.getByRole('region', { name: /申报已退回修改/ });
    expect(within(notice).getByText('退回意见：请补充2019年工作证明')).toBeVisible();
    expect(within(notice).getByText('请于 2026-12-20 前修改完成')).toBeVisible();
    expect(within(notice).getByRole('link', { name: '主要工作经历' })).toHaveAttribute(
      'href',
      `/applicant/applications/${appId}/sections/workHistory`,
    );
    expect(within(notice).getByRole('link', { name: /个人总结/ })).toHaveAttribute(
      'href',
      `/applicant/applications/${appId}/materials/personal_summary`,
    );

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/^4主要工作经历需修改/);
    expect(rows[1]).toHaveTextContent(/^19公开发表/);
    expect(rows[2]).toHaveTextContent(/^1基本申报信息/);
    expect(within(table).getAllByText('需修改')).toHaveLength(2);

    server.use(
      http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
        HttpResponse.json(sectionResponse('basicInfo')),
      ),
    );
    await user.click(screen.getByRole('button', { name: '填报 基本申报信息' }));
    const nav = await screen.findByRole('navigation', { name: '申报栏目导航' });
    expect(within(nav).getByRole('link', { name: /^4\. 主要工作经历\s*需修改/ })).toBeVisible();
  });
});

describe('on a phone (375 px)', { timeout: lazyRouteTimeout }, () => {
  beforeEach(() => setViewportWidth(375));

  it('keeps the title column wide: number, requirement and status move into it', async () => {
    serveApplicantApi({ list: sectionList({ basicInfo: 'complete' }) });
    renderApp(listUrl, { session: sessionFor('applicant') });
    const table = await screen.findByRole('table', { name: '申报信息' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['申报栏目', '操作']);
    const basic = rowOf(/^1\. 基本申报信息/);
    expect(within(basic).getByText('必填')).toBeVisible();
    expect(within(basic).getByText('已填报')).toBeVisible();
    expect(within(rowOf(/^23\. 工作负面情况说明/)).getByText('未填报')).toBeVisible();
    expect(screen.getByText('已完成 1 / 5 必填')).toBeVisible();
  });

  it('folds the 23 sections of the side navigation behind a toggle above the form', async () => {
    serveApplicantApi();
    server.use(
      http.get(api(`/applications/${appId}/sections/workHistory`), () =>
        HttpResponse.json(sectionResponse('workHistory')),
      ),
    );
    const { user } = renderApp(`${listUrl}/workHistory`, { session: sessionFor('applicant') });
    const nav = await screen.findByRole('navigation', { name: '申报栏目导航' });
    const toggle = within(nav).getByRole('button', { name: '全部栏目（当前第 4 项，共 23 项）' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryAllByRole('link')).toHaveLength(0);
    await user.click(toggle);
    expect(within(nav).getByRole('button', { name: '收起栏目列表' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(nav).getAllByRole('link')).toHaveLength(23);
    expect(within(nav).getByRole('link', { name: /^4\. 主要工作经历/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('shows the whole navigation, without a toggle, from md up', async () => {
    onTestFinished(setViewportWidth(1024));
    serveApplicantApi();
    server.use(
      http.get(api(`/applications/${appId}/sections/workHistory`), () =>
        HttpResponse.json(sectionResponse('workHistory')),
      ),
    );
    renderApp(`${listUrl}/workHistory`, { session: sessionFor('applicant') });
    const nav = await screen.findByRole('navigation', { name: '申报栏目导航' });
    expect(within(nav).getAllByRole('link')).toHaveLength(23);
    expect(within(nav).queryByRole('button')).toBeNull();
  });
});
