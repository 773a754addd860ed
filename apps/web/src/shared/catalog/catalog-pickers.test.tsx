import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  adminCatalogSchema,
  committeeListSchema,
  departmentListSchema,
  reviewerListSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../test/fixtures';
import { enter, renderApp } from '../../test/render-app';
import { api, server } from '../../test/server';

type Department = z.infer<typeof departmentListSchema>['items'][number];
type Committee = z.infer<typeof committeeListSchema>['items'][number];

const water = { id: 'dept-1', name: '深圳市水务局', active: true } satisfies Department;
const waterCommittee = {
  id: 'c-1',
  code: 'SL',
  name: '水利水电高级评委会',
  departmentId: water.id,
  departmentName: water.name,
  pilot: false,
  expertCount: null,
  active: true,
} satisfies Committee;

/** The bureau's catalogue API, with departments and committees that grow when created. */
function serveCatalog() {
  const departments: Department[] = [water];
  const committees: Committee[] = [waterCommittee];
  const adminCatalog = (): z.infer<typeof adminCatalogSchema> => ({
    series: [
      {
        id: 's-1',
        code: 'GC',
        name: '工程技术',
        active: true,
        specialties: [{ id: 'sp-1', code: 'SW', name: '水文水资源', group: null, active: true }],
        qualifications: [{ id: 'q-1', level: '副高级', name: '高级工程师', active: true }],
      },
    ],
    departments,
    committees: committees.map(({ departmentName: _, ...c }) => ({
      ...c,
      seriesId: 's-1',
      levels: ['副高级'],
      specialtyIds: [],
    })),
  });
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('bureau_admin'))),
    http.get(api('/admin/reviewers'), () =>
      HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
        typeof reviewerListSchema
      >),
    ),
    http.get(api('/admin/catalog'), () => HttpResponse.json(adminCatalog())),
    http.get(api('/admin/departments'), () =>
      HttpResponse.json({ items: departments } satisfies z.infer<typeof departmentListSchema>),
    ),
    http.get(api('/admin/committees'), () =>
      HttpResponse.json({ items: committees } satisfies z.infer<typeof committeeListSchema>),
    ),
    http.post(api('/admin/departments'), async ({ request }) => {
      const { name } = (await request.json()) as { name: string };
      const created = { id: `dept-${departments.length + 1}`, name, active: true } satisfies Department;
      departments.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
  );
}

/** Opens an antd Select by its label and returns the texts of its options. */
async function optionsOf(label: string): Promise<string[]> {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  const dropdown = await waitFor(() => {
    const found = document.getElementById(`${input.id}_list`)?.closest<HTMLElement>('.ant-select-dropdown');
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  return [...dropdown.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent ?? '');
}

async function openReviewerForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: '新增审核人员' }, { timeout: 15_000 }));
  return screen.findByRole('form', { name: '新增审核人员' });
}

describe('catalogue edits reach the pickers that read the catalogue', () => {
  it('offers a department just created on 评委会与部门 in the reviewer form at once', async () => {
    serveCatalog();
    const { user, router } = renderApp('/bureau/reviewers', { session: sessionFor('bureau_admin') });
    // The reviewer form has loaded the departments before (cached for minutes).
    await openReviewerForm(user);
    await waitFor(async () => expect(await optionsOf('日常工作部门')).toEqual([water.name]));

    await act(() => router.navigate('/bureau/organizations'));
    await user.click(await screen.findByRole('button', { name: '新增部门' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '新增日常工作部门' });
    await enter(user, within(dialog).getByLabelText(/名称/), '深圳市交通运输局');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('cell', { name: '深圳市交通运输局' })).toBeVisible();

    await act(() => router.navigate('/bureau/reviewers'));
    await openReviewerForm(user);
    await waitFor(
      async () => expect(await optionsOf('日常工作部门')).toEqual([water.name, '深圳市交通运输局']),
      { timeout: 5000 },
    );
  });
});
