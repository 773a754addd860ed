import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkCalendarYear } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const year = new Date().getFullYear();
const lazyRouteTimeout = 30_000;

function openCalendar(stored: Record<number, WorkCalendarYear> = {}) {
  const puts: WorkCalendarYear[] = [];
  const gets: string[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
    http.get(api('/admin/calendar'), ({ request }) => {
      const asked = Number(new URL(request.url).searchParams.get('year'));
      gets.push(String(asked));
      return HttpResponse.json(
        (stored[asked] ?? { year: asked, holidays: [], workdays: [] }) satisfies WorkCalendarYear,
      );
    }),
  );
  const view = renderApp('/bureau/calendar', { session: sessionFor('bureau_admin') });
  return { ...view, puts, gets };
}

async function pick(user: ReturnType<typeof openCalendar>['user'], label: string, date: string) {
  const input = screen.getByLabelText(label);
  await enter(user, input, date);
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('工作日历', { timeout: lazyRouteTimeout }, () => {
  it('lists the year, adds and removes holidays and make-up working days, and saves', async () => {
    let saved: WorkCalendarYear | undefined;
    server.use(
      http.put(api('/admin/calendar'), async ({ request }) => {
        saved = (await request.json()) as WorkCalendarYear;
        return HttpResponse.json(saved satisfies WorkCalendarYear);
      }),
    );
    const { user } = openCalendar({
      [year]: { year, holidays: [`${year}-01-01`, `${year}-05-01`], workdays: [] },
    });
    const holidays = await screen.findByRole('table', { name: '节假日' }, { timeout: lazyRouteTimeout });
    expect(document.title).toBe('工作日历 - 职称申报');
    expect(within(holidays).getByText(`${year}-01-01`)).toBeVisible();
    expect(screen.getByText('还没有调休上班日，选择日期后点击“添加调休上班日”')).toBeVisible();

    await pick(user, '添加节假日', `${year}-10-01`);
    await user.click(screen.getByRole('button', { name: /添加节假日/ }));
    expect(within(holidays).getByText(`${year}-10-01`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: `移除 ${year}-05-01` }));
    expect(within(holidays).queryByText(`${year}-05-01`)).not.toBeInTheDocument();
    // A day cannot be both.
    await pick(user, '添加调休上班日', `${year}-10-01`);
    await user.click(screen.getByRole('button', { name: /添加调休上班日/ }));
    expect(await screen.findByText(`${year}-10-01 已是节假日，同一天不能两者都是`)).toBeVisible();
    const workdayInput = screen.getByLabelText('添加调休上班日');
    await user.clear(workdayInput);
    await pick(user, '添加调休上班日', `${year}-09-27`);
    await user.click(screen.getByRole('button', { name: /添加调休上班日/ }));
    expect(
      within(screen.getByRole('table', { name: '调休上班日' })).getByText(`${year}-09-27`),
    ).toBeVisible();
    expect(screen.getByText('有未保存的修改')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(`${year} 年工作日历已保存`)).toBeVisible();
    expect(saved).toEqual({
      year,
      holidays: [`${year}-01-01`, `${year}-10-01`],
      workdays: [`${year}-09-27`],
    });
    await waitFor(() => expect(screen.queryByText('有未保存的修改')).not.toBeInTheDocument());
  });

  it('loads another year when picked', async () => {
    const { user, gets } = openCalendar({
      [year + 1]: { year: year + 1, holidays: [`${year + 1}-01-01`], workdays: [] },
    });
    await screen.findByRole('table', { name: '节假日' }, { timeout: lazyRouteTimeout });
    const select = screen.getByRole('combobox', { name: '年度' });
    fireEvent.mouseDown(select);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
        (o) => o.textContent === String(year + 1),
      );
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await user.click(option);
    expect(await screen.findByText(`${year + 1}-01-01`)).toBeVisible();
    expect(gets).toContain(String(year + 1));
  });

  it("shows the server's field errors on the lists", async () => {
    server.use(
      http.put(api('/admin/calendar'), () =>
        problem(400, 'validation_failed', '提交的数据有误', {
          errors: [{ path: 'holidays.0', message: `日期须在 ${year} 年内` }],
        }),
      ),
    );
    const { user } = openCalendar({ [year]: { year, holidays: [`${year}-01-01`], workdays: [] } });
    await screen.findByRole('table', { name: '节假日' }, { timeout: lazyRouteTimeout });
    await pick(user, '添加节假日', `${year}-02-10`);
    await user.click(screen.getByRole('button', { name: /添加节假日/ }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const error = await screen.findByText(`日期须在 ${year} 年内`);
    expect(error).toBeVisible();
    expect(screen.getByLabelText('添加节假日')).toHaveAttribute('aria-invalid', 'true');
  });
});
