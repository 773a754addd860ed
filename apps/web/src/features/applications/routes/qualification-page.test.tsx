import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Catalog, Cycle, sectionListSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalog, draftApplication, ids, openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { sectionList } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';

function openWizard(url = '/applicant/applications/new?track=normal', withCatalog: Catalog = catalog) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/catalog'), () => HttpResponse.json(withCatalog)),
    http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle] satisfies Cycle[] })),
  );
  return renderApp(url, { session: sessionFor('applicant') });
}

/** The fixture catalogue with a second 副高级 qualification in 工程技术. */
function withSecondSenior(name: string): Catalog {
  return {
    ...catalog,
    series: catalog.series.map((s) =>
      s.id === ids.engineering
        ? {
            ...s,
            qualifications: [
              ...s.qualifications,
              { id: '00000000-0000-4000-8000-000000000035', level: '副高级', name },
            ],
          }
        : s,
    ),
  };
}

/** Opens an antd Select and returns its dropdown (found through the listbox the input controls). */
async function openSelect(label: string): Promise<HTMLElement> {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  return waitFor(() => {
    const dropdown = document
      .getElementById(`${input.id}_list`)
      ?.closest<HTMLElement>('.ant-select-dropdown');
    expect(dropdown).toBeTruthy();
    return dropdown as HTMLElement;
  });
}

async function openOptions(label: string): Promise<string[]> {
  const dropdown = await openSelect(label);
  return [...dropdown.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent ?? '');
}

async function choose(label: string, option: string) {
  const dropdown = await openSelect(label);
  const item = [...dropdown.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === option,
  );
  if (!item) throw new Error(`no option ${option} in ${label}`);
  fireEvent.click(item);
}

function shown(label: string): string {
  const select = screen.getByLabelText(label).closest('.ant-select');
  return select?.querySelector('.ant-select-content, .ant-select-selection-item')?.textContent ?? '';
}

describe('选择申报资格', () => {
  it('shows the step bar with step 1 current, the 说明 and the next button', async () => {
    openWizard();
    expect(await screen.findByText('资格评审填报材料流程')).toBeVisible();
    const steps = screen.getByRole('navigation', { name: '申报步骤' });
    for (const step of ['选择申报资格', '填写申报信息', '上传申报材料', '提交单位审核']) {
      expect(within(steps).getByText(step)).toBeVisible();
    }
    expect(steps.querySelector('.ant-steps-item-process')).toHaveTextContent('选择申报资格');
    expect(screen.getByText(/请从上到下逐步选择申报系列/)).toBeVisible();
    expect(screen.getByRole('button', { name: '下一步：填写申报信息' })).toBeEnabled();
    expect(screen.getByText('申报批次：2026年度专业技术资格评审')).toBeVisible();
    expect(document.title).toBe('选择申报资格 - 职称申报');
  });

  it('filters each select by the choices above and resets them when an upper one changes', async () => {
    openWizard();
    await screen.findByLabelText('申报系列');
    expect(screen.getByLabelText('申报专业')).toBeDisabled();

    await choose('申报系列', '工程技术');
    expect(await openOptions('申报专业')).toEqual(['水文水资源', '水工结构', '道路桥梁', '建筑学']);
    await choose('申报专业', '水文水资源');
    expect(await openOptions('申报级别')).toEqual(['中级', '副高级', '正高级']);
    await choose('申报级别', '副高级');
    expect(await openOptions('专技资格名称')).toEqual(['高级工程师']);
    await choose('专技资格名称', '高级工程师');
    await waitFor(() => expect(shown('评委会')).toBe('深圳市水利水电专业高级专业技术资格评审委员会'));
    expect(screen.getByLabelText('日常工作部门')).toHaveValue('深圳市水务局');

    await choose('申报系列', '卫生技术');
    await waitFor(() => expect(shown('申报专业')).toBe('---请选择---'));
    expect(shown('申报级别')).toBe('---请选择---');
    expect(shown('专技资格名称')).toBe('---请选择---');
    expect(shown('评委会')).toBe('---请选择---');
    expect(screen.getByLabelText('日常工作部门')).toHaveValue('');
    expect(await openOptions('申报专业')).toEqual(['临床医学']);
  });

  it('selects the only candidate committee itself and lets the applicant choose among several', async () => {
    openWizard();
    await screen.findByLabelText('申报系列');
    await choose('申报系列', '工程技术');
    await choose('申报专业', '水工结构');
    await choose('申报级别', '正高级');
    await waitFor(() => expect(shown('评委会')).toBe('深圳市水利水电专业高级专业技术资格评审委员会'));
    expect(screen.getByLabelText('评委会')).toBeDisabled();
    expect(screen.getByText('所选资格只对应一个评委会，已自动带出')).toBeVisible();

    await choose('申报专业', '道路桥梁');
    await choose('申报级别', '副高级');
    expect(screen.getByLabelText('评委会')).toBeEnabled();
    expect(shown('评委会')).toBe('---请选择---');
    expect(screen.getByText('所选资格对应多个评委会，请选择一个')).toBeVisible();
    expect(await openOptions('评委会')).toEqual(['交通高级评委会（一）', '交通高级评委会（二）']);
    await choose('评委会', '交通高级评委会（二）');
    expect(screen.getByLabelText('日常工作部门')).toHaveValue('深圳市交通运输局');
  });

  it('pre-selects the only qualification of a level and leaves several for the applicant', async () => {
    openWizard(undefined, withSecondSenior('高级工程师（建筑）'));
    await screen.findByLabelText('申报系列');
    await choose('申报系列', '工程技术');
    await choose('申报专业', '水文水资源');
    await choose('申报级别', '正高级');
    await waitFor(() => expect(shown('专技资格名称')).toBe('正高级工程师'));
    await waitFor(() => expect(shown('评委会')).toBe('深圳市水利水电专业高级专业技术资格评审委员会'));

    await choose('申报级别', '副高级');
    await waitFor(() => expect(shown('专技资格名称')).toBe('---请选择---'));
    expect(await openOptions('专技资格名称')).toEqual(['高级工程师', '高级工程师（建筑）']);
    expect(shown('评委会')).toBe('---请选择---');
    expect(screen.getByLabelText('日常工作部门')).toHaveValue('');
    await choose('专技资格名称', '高级工程师（建筑）');
    await waitFor(() => expect(shown('评委会')).toBe('深圳市水利水电专业高级专业技术资格评审委员会'));
  });

  it('fills in or offers committees only once a qualification is chosen', async () => {
    openWizard(undefined, withSecondSenior('高级工程师（交通）'));
    await screen.findByLabelText('申报系列');
    await choose('申报系列', '工程技术');
    await choose('申报专业', '道路桥梁');
    await choose('申报级别', '副高级');
    expect(shown('专技资格名称')).toBe('---请选择---');
    expect(screen.getByLabelText('评委会')).toBeDisabled();
    expect(screen.queryByText('所选资格对应多个评委会，请选择一个')).not.toBeInTheDocument();
    await choose('专技资格名称', '高级工程师（交通）');
    expect(await screen.findByText('所选资格对应多个评委会，请选择一个')).toBeVisible();
    expect(screen.getByLabelText('评委会')).toBeEnabled();
  });

  it('says plainly when no committee reviews the choice and does not go on', async () => {
    openWizard();
    await screen.findByLabelText('申报系列');
    await choose('申报系列', '工程技术');
    await choose('申报专业', '水文水资源');
    await choose('申报级别', '中级');
    expect(await screen.findByText('所选专业和级别暂无可受理的评委会，不能通过本系统申报')).toBeVisible();
    expect(screen.getByRole('button', { name: '下一步：填写申报信息' })).toBeDisabled();
  });

  it('asks the innovative track for a condition before the selects', async () => {
    const { user } = openWizard('/applicant/applications/new?track=innovative');
    expect(await screen.findByText('创新型人才填报材料流程')).toBeVisible();
    expect(screen.getByLabelText('申报系列')).toBeDisabled();
    expect(screen.getByText('请先在上方选择创新型人才条件')).toBeVisible();
    expect(screen.queryByText('申报类型')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /近三年内获得一项以上国家发明专利/ }));
    expect(screen.getByLabelText('申报系列')).toBeEnabled();
    expect(screen.queryByText('请先在上方选择创新型人才条件')).not.toBeInTheDocument();
  });

  it('creates the application and goes on to step 2', async () => {
    let body: unknown;
    server.use(
      http.post(api('/applications'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(draftApplication(), { status: 201 });
      }),
      http.get(api(`/applications/${ids.application}`), () => HttpResponse.json(draftApplication())),
      // Step 2 lists the sections of the new application (nothing saved yet).
      http.get(api(`/applications/${ids.application}/sections`), () =>
        HttpResponse.json({ items: sectionList({}, false) } satisfies z.infer<typeof sectionListSchema>),
      ),
    );
    const { user } = openWizard();
    await screen.findByLabelText('申报系列');
    await user.click(screen.getByRole('radio', { name: '转换系列' }));
    await choose('申报系列', '工程技术');
    await choose('申报专业', '水文水资源');
    await choose('申报级别', '副高级');
    await choose('专技资格名称', '高级工程师');
    await user.click(screen.getByRole('button', { name: '下一步：填写申报信息' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        `/applicant/applications/${ids.application}/sections`,
      ),
    );
    expect(body).toEqual({
      cycleId: ids.cycle,
      track: 'normal',
      applyType: 'conversion',
      seriesId: ids.engineering,
      specialtyId: ids.hydrology,
      qualificationId: ids.seniorEngineer,
      committeeId: ids.waterCommittee,
    });
    const table = await screen.findByRole('table', { name: '申报信息' });
    expect(await within(table).findByRole('button', { name: '填报 基本申报信息' })).toBeEnabled();
    const steps = screen.getByRole('navigation', { name: '申报步骤' });
    expect(steps.querySelector('.ant-steps-item-process')).toHaveTextContent('填写申报信息');
    expect(screen.getByText('深圳市水务局')).toBeVisible();
    expect(screen.getByRole('link', { name: '修改申报资格' })).toBeVisible();
  });

  it('offers to continue the application that already exists in this cycle', async () => {
    server.use(
      http.post(api('/applications'), () =>
        problem(409, 'application_exists', '本批次已有进行中的申报', {
          detail: '本批次您已有一个进行中的申报，请继续填写该申报',
          applicationId: ids.application,
        }),
      ),
    );
    const { user } = openWizard();
    await screen.findByLabelText('申报系列');
    await choose('申报系列', '工程技术');
    await choose('申报专业', '水文水资源');
    await choose('申报级别', '副高级');
    await choose('专技资格名称', '高级工程师');
    await user.click(screen.getByRole('button', { name: '下一步：填写申报信息' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('本批次您已有一个进行中的申报');
    expect(screen.getByRole('link', { name: '继续该申报' })).toHaveAttribute(
      'href',
      `/applicant/applications/${ids.application}/sections`,
    );
  });

  it('changes the choice of a draft with If-Match and puts server field errors on the field', async () => {
    let ifMatch: string | null = null;
    server.use(
      http.get(api(`/applications/${ids.application}`), () =>
        HttpResponse.json(draftApplication({ version: 3 })),
      ),
      http.patch(api(`/applications/${ids.application}`), ({ request }) => {
        ifMatch = request.headers.get('if-match');
        return problem(400, 'validation_failed', '请求参数不正确', {
          errors: [{ path: 'committeeId', message: '该评委会不负责所选专业和级别' }],
        });
      }),
    );
    const { user } = openWizard(`/applicant/applications/${ids.application}/qualification`);
    await waitFor(() => expect(shown('专技资格名称')).toBe('高级工程师'));
    expect(screen.getByLabelText('日常工作部门')).toHaveValue('深圳市水务局');
    await user.click(screen.getByRole('button', { name: '下一步：填写申报信息' }));
    expect(await screen.findByText('该评委会不负责所选专业和级别')).toBeVisible();
    expect(ifMatch).toBe('"3"');
  });
});
