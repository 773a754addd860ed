import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { appId, sectionResponse, serveApplicantApi } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';

type Row = Record<string, unknown>;

const work = (employer: string, startMonth: string, endMonth: string): Row => ({
  startMonth,
  endMonth,
  employer,
  work: '水文分析',
  position: null,
  technicalPost: null,
  location: null,
  witness: null,
});

/** Opens a list section with `rows` saved, recording the rows of every PUT. */
function openList(key: string, rows: Row[]) {
  serveApplicantApi();
  const puts: Row[][] = [];
  server.use(
    http.get(api(`/applications/${appId}/sections/${key}`), () =>
      HttpResponse.json(
        sectionResponse(key, { data: rows, version: rows.length ? 3 : 0, status: 'complete' }),
      ),
    ),
    http.put(api(`/applications/${appId}/sections/${key}`), async ({ request }) => {
      const { data } = (await request.json()) as { data: Row[] };
      puts.push(data);
      return HttpResponse.json(
        sectionResponse(key, {
          data,
          version: 4,
          status: 'incomplete',
          errors: [{ path: '0.major', message: '请填写所学专业' }],
        }),
      );
    }),
  );
  return {
    ...renderApp(`/applicant/applications/${appId}/sections/${key}`, { session: sessionFor('applicant') }),
    puts,
  };
}

function employers(): string[] {
  const table = screen.getByRole('table', { name: '主要工作经历' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('td')[3]?.textContent ?? '');
}

async function save(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
}

// The first test also waits for the lazy routes to be transformed, slow on a busy machine.
const lazyRouteTimeout = 30_000;

describe('a list section', { timeout: lazyRouteTimeout }, () => {
  it('adds a row through its form, with a month picker, selects and the counter', async () => {
    const { user, puts } = openList('education', []);
    expect(await screen.findByText('还没有记录，点击“新增”添加')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '新增' }));
    const dialog = await screen.findByRole('dialog', { name: '新增 · 学历学位教育情况' });
    const start = within(dialog).getByLabelText('起始年月');
    await enter(user, start, '2004-09');
    fireEvent.keyDown(start, { key: 'Enter', code: 'Enter' });
    await enter(user, within(dialog).getByLabelText('毕业院校'), '河海大学');
    expect(within(dialog).getByText('4 / 50')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: '学历学位教育情况' });
    expect(within(table).getByText('河海大学')).toBeVisible();
    await save(user);
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual([
      expect.objectContaining({ startMonth: '2004-09', school: '河海大学', major: null }),
    ]);
    expect(await screen.findByText('第 1 条：请填写所学专业')).toBeVisible();
  });

  it('edits, moves and deletes rows (delete asks first)', async () => {
    const { user, puts } = openList('workHistory', [
      work('甲单位', '2008-07', '2012-06'),
      work('乙单位', '2012-07', '2018-12'),
      work('丙单位', '2019-01', '2024-12'),
    ]);
    await screen.findByRole('table', { name: '主要工作经历' });
    expect(employers()).toEqual(['甲单位', '乙单位', '丙单位']);
    expect(screen.getByRole('button', { name: '上移 第 1 条' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下移 第 1 条' }));
    expect(employers()).toEqual(['乙单位', '甲单位', '丙单位']);
    await user.click(screen.getByRole('button', { name: '上移 第 3 条' }));
    expect(employers()).toEqual(['乙单位', '丙单位', '甲单位']);

    await user.click(screen.getByRole('button', { name: '编辑 第 2 条' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑 · 主要工作经历 第 2 条' });
    const employer = within(dialog).getByLabelText('工作单位');
    expect(employer).toHaveValue('丙单位');
    fireEvent.change(employer, { target: { value: '丁单位' } });
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(employers()).toEqual(['乙单位', '丁单位', '甲单位']));

    await user.click(screen.getByRole('button', { name: '删除 第 1 条' }));
    const confirm = await screen.findByRole('dialog', { name: /删除第 1 条记录（乙单位）？/ });
    await user.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(employers()).toEqual(['丁单位', '甲单位']));
    await save(user);
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]?.map((r) => r.employer)).toEqual(['丁单位', '甲单位']);
  });

  it('warns, without blocking, when work history rows overlap by more than a month', async () => {
    openList('workHistory', [work('甲单位', '2008-07', '2012-08'), work('乙单位', '2012-06', '2018-12')]);
    const warning = await screen.findByText('第 1 条与第 2 条重叠 3 个月');
    expect(warning.closest('.ant-alert')).toHaveClass('ant-alert-warning');
    expect(screen.getAllByRole('button', { name: '保存' })[0]).toBeEnabled();
  });

  it('offers 至今 for the end month of a job still running, shown 至今 and sent as "present"', async () => {
    const { user, puts } = openList('workHistory', [work('甲单位', '2019-01', 'present')]);
    const table = await screen.findByRole('table', { name: '主要工作经历' });
    expect(within(table).getByText('至今')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '编辑 第 1 条' }));
    let dialog = await screen.findByRole('dialog', { name: '编辑 · 主要工作经历 第 1 条' });
    expect(within(dialog).getByRole('checkbox', { name: '至今' })).toBeChecked();
    expect(within(dialog).getByLabelText('截止年月')).toBeDisabled();
    // No 至今 for a start month.
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(dialog).getByRole('checkbox', { name: '至今' }));
    expect(within(dialog).getByLabelText('截止年月')).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: '新增' }));
    dialog = await screen.findByRole('dialog', { name: '新增 · 主要工作经历' });
    await enter(user, within(dialog).getByLabelText('工作单位'), '乙单位');
    await user.click(within(dialog).getByRole('checkbox', { name: '至今' }));
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await save(user);
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]?.map((r) => r.endMonth)).toEqual([null, 'present']);
  });

  it('refuses future months and days in the pickers, by the rule the schema checks', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-15T04:00:00Z'));
    const { user } = openList('workHistory', []);
    await user.click(await screen.findByRole('button', { name: '新增' }));
    const dialog = await screen.findByRole('dialog', { name: '新增 · 主要工作经历' });
    await user.click(within(dialog).getByLabelText('起始年月'));
    const month = (title: string) =>
      document.querySelector(`.ant-picker-dropdown td[title="${title}"]`) as HTMLElement;
    await waitFor(() => expect(month('2026-06')).not.toBeNull());
    expect(month('2026-06')).not.toHaveClass('ant-picker-cell-disabled');
    expect(month('2026-07')).toHaveClass('ant-picker-cell-disabled');
  });

  it('refuses days after today in a date picker', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-15T04:00:00Z'));
    const { user } = openList('patents', []);
    await user.click(await screen.findByRole('button', { name: '新增' }));
    const dialog = await screen.findByRole('dialog', { name: '新增 · 获现资格以来发明专利情况' });
    await user.click(within(dialog).getByLabelText('授权公告日'));
    const day = (title: string) =>
      document.querySelector(`.ant-picker-dropdown td[title="${title}"]`) as HTMLElement;
    await waitFor(() => expect(day('2026-06-15')).not.toBeNull());
    expect(day('2026-06-15')).not.toHaveClass('ant-picker-cell-disabled');
    expect(day('2026-06-16')).toHaveClass('ant-picker-cell-disabled');
  });

  it('computes 继续教育 合计学时 from its parts instead of taking a typed one', async () => {
    const { user, puts } = openList('continuingEducation', []);
    await user.click(await screen.findByRole('button', { name: '新增' }));
    const dialog = await screen.findByRole('dialog', { name: '新增 · 获现资格以来完成继续教育任务情况' });
    const total = within(dialog).getByLabelText('合计学时');
    expect(total).toHaveAttribute('readonly');
    expect(within(dialog).getByText('按公需科目学时、专业科目学时自动合计')).toBeVisible();
    expect(within(dialog).getByLabelText('合计学时')).toHaveAccessibleDescription(/自动合计/);
    await enter(user, within(dialog).getByLabelText('公需科目学时'), '30');
    await enter(user, within(dialog).getByLabelText('专业科目学时'), '60');
    await waitFor(() => expect(total).toHaveValue('90'));
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await save(user);
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]?.[0]).toMatchObject({ publicHours: 30, professionalHours: 60, totalHours: 90 });
  });

  it("links a refused row's problem in the error summary to that row's 编辑 button", async () => {
    const row = { year: 2024, publicHours: 30, professionalHours: 60, totalHours: 100 };
    const { user } = openList('continuingEducation', [row, { ...row, totalHours: 90 }]);
    const message = '合计学时应为公需科目学时与专业科目学时之和（90）';
    server.use(
      http.put(api(`/applications/${appId}/sections/continuingEducation`), () =>
        problem(400, 'validation_failed', '提交的内容有误', {
          errors: [{ path: 'data.0.totalHours', message }],
        }),
      ),
    );
    await screen.findByRole('table', { name: '获现资格以来完成继续教育任务情况' });
    await save(user);
    const link = await screen.findByRole('link', { name: `第 1 条：${message}` });
    await user.click(link);
    expect(screen.getByRole('button', { name: '编辑 第 1 条' })).toHaveFocus();
  });
});
