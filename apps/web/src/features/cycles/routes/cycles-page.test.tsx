import { screen, waitFor, within } from '@testing-library/react';
import type { Cycle } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;

describe('申报批次: 需要单位公示', { timeout: lazyRouteTimeout }, () => {
  it('shows the setting per cycle, defaults it on for a new cycle, and turns it off in an edit', async () => {
    let patched: unknown;
    const cycle = { ...openCycle, unitPublicityRequired: true } satisfies Cycle;
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
      http.get(api('/admin/cycles'), () => HttpResponse.json({ items: [cycle] satisfies Cycle[] })),
      http.patch(api('/admin/cycles/:id'), async ({ request }) => {
        patched = await request.json();
        return HttpResponse.json({ ...cycle, unitPublicityRequired: false } satisfies Cycle);
      }),
    );
    const { user } = renderApp('/bureau/cycles', { session: sessionFor('bureau_admin') });
    const row = (await screen.findByText(cycle.name, {}, { timeout: lazyRouteTimeout })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('需要')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '新增批次' }));
    const create = await screen.findByRole('dialog', { name: '新增申报批次' });
    expect(within(create).getByRole('switch', { name: '需要单位公示' })).toBeChecked();
    await user.click(within(create).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(row).getByRole('button', { name: `修改 ${cycle.name}` }));
    const edit = await screen.findByRole('dialog', { name: `修改申报批次「${cycle.name}」` });
    const toggle = within(edit).getByRole('switch', { name: '需要单位公示' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await user.click(within(edit).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(patched).toEqual(expect.objectContaining({ unitPublicityRequired: false })));
  });
});

describe('申报批次: 新增批次', { timeout: lazyRouteTimeout }, () => {
  it('takes Enter in a date field as confirming the date, not as submitting the dialog', async () => {
    let posted = 0;
    server.use(
      http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
      http.get(api('/admin/cycles'), () => HttpResponse.json({ items: [] satisfies Cycle[] })),
      http.post(api('/admin/cycles'), () => {
        posted += 1;
        return HttpResponse.json(openCycle, { status: 201 });
      }),
    );
    const { user } = renderApp('/bureau/cycles', { session: sessionFor('bureau_admin') });
    await user.click(await screen.findByRole('button', { name: '新增批次' }, { timeout: lazyRouteTimeout }));
    const dialog = await screen.findByRole('dialog', { name: '新增申报批次' });
    const opensAt = within(dialog).getByLabelText('开始时间');
    await user.click(opensAt);
    await user.type(opensAt, '2027-03-01 09:00{Enter}');
    // Nothing was sent and no field was checked: the dialog is still being filled in.
    expect(screen.getByRole('dialog', { name: '新增申报批次' })).toBeVisible();
    expect(within(dialog).queryByText(/请填写|请输入|请选择/)).not.toBeInTheDocument();
    expect(posted).toBe(0);
  });
});
