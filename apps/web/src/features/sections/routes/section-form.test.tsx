import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { draftApplication } from '../../../test/application-fixtures';
import { sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { appId, sectionResponse, serveApplicantApi } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';
import { setViewportWidth } from '../../../test/viewport';
import type { Section } from '../api/get-section';
import { AUTOSAVE_DELAY_MS } from '../components/use-autosave';

const url = (key: string) => `/applicant/applications/${appId}/sections/${key}`;

const basicData = {
  name: '张三',
  idNumber: '44030519850312001X',
  gender: '男',
  birthMonth: '1985-03',
  employer: '深圳市示范水务工程设计院',
  otherApplications: '无',
  applySpecialty: '水文水资源',
  applyQualification: '高级工程师',
  workStartMonth: '2008-07',
  currentQualificationDate: '2019-12-20',
};

interface Put {
  ifMatch: string | null;
  data: Record<string, unknown>;
}

/** Serves basic info and records every PUT; `answer` decides the response (default: saved, incomplete). */
function openBasicInfo(
  section: Section | (() => Section) = sectionResponse('basicInfo', { data: basicData }),
  answer?: (put: Put, n: number) => Response,
  options: { application?: ReturnType<typeof draftApplication>; visited?: string[] } = {},
) {
  serveApplicantApi(options);
  const puts: Put[] = [];
  server.use(
    http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
      HttpResponse.json(typeof section === 'function' ? section() : section),
    ),
    http.put(api(`/applications/${appId}/sections/basicInfo`), async ({ request }) => {
      const put = {
        ifMatch: request.headers.get('If-Match'),
        ...((await request.json()) as { data: Record<string, unknown> }),
      };
      puts.push(put);
      if (answer) return answer(put, puts.length);
      return HttpResponse.json(
        sectionResponse('basicInfo', {
          data: put.data,
          status: 'incomplete',
          version: Number(put.ifMatch?.replaceAll('"', '')) + 1,
          updatedAt: new Date().toISOString(),
          errors: [{ path: 'birthplace', message: '请填写出生地' }],
        }),
      );
    }),
  );
  const session = sessionFor('applicant');
  return { ...renderApp(url('basicInfo'), { session, visited: options.visited }), puts };
}

// The first test also waits for the lazy routes to be transformed, slow on a busy machine.
const lazyRouteTimeout = 30_000;

describe('a single section (基本申报信息)', { timeout: lazyRouteTimeout }, () => {
  it('renders each field type by its definition, grouped, with system fields read-only', async () => {
    onTestFinished(setViewportWidth(1280));
    openBasicInfo();
    expect(await screen.findByRole('heading', { name: '1. 基本申报信息' })).toBeVisible();
    expect(screen.getByRole('group', { name: '个人基本信息' })).toBeVisible();
    expect(screen.getByRole('group', { name: '联系方式' })).toBeVisible();
    expect(screen.getByLabelText('姓名')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('姓名')).toHaveValue('张三');
    expect(screen.getByLabelText('出生地')).toHaveAttribute('maxlength', '30');
    expect(screen.getByLabelText('出生地').closest('.ant-input-affix-wrapper')).toHaveTextContent('0 / 30');
    expect(screen.getByLabelText('参加工作时间')).toHaveValue('2008-07');
    expect(screen.getByLabelText('取得时间')).toHaveValue('2019-12-20');
    expect(screen.getByLabelText('从事本专业或相近专业工作总年限(年)')).toHaveAttribute('role', 'spinbutton');
    expect(screen.getByLabelText('政治面貌')).toHaveAttribute('role', 'combobox');
    expect(screen.getByText('最大9位；非深圳社保申报人员请填写999999999')).toBeVisible();
    expect(screen.getByRole('button', { name: '照片' })).toHaveTextContent('上传照片');
    expect(screen.getByRole('navigation', { name: '申报栏目导航' })).toHaveTextContent(
      '23. 工作负面情况说明',
    );
  });

  it('validates with the shared shape schema as the person types (mobile, e-mail, pattern)', async () => {
    const { user } = openBasicInfo();
    await enter(user, await screen.findByLabelText('手机'), '12345');
    expect(await screen.findByText('手机须为 11 位手机号码')).toBeVisible();
    await enter(user, screen.getByLabelText('电子邮箱'), 'not-an-email');
    expect(await screen.findByText('电子邮箱格式不正确')).toBeVisible();
    await enter(user, screen.getByLabelText('社保卡号(电脑号)'), '12ab');
    expect(await screen.findByText(/社保卡号\(电脑号\)只能填写数字，最多 9 位/)).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
    expect(await screen.findByText('请先改正标红的内容再保存')).toBeVisible();
  });

  it('lists what to correct in the error summary, each entry a link that moves focus to its field', async () => {
    const { user } = openBasicInfo();
    await enter(user, await screen.findByLabelText('手机'), '12345');
    await enter(user, screen.getByLabelText('电子邮箱'), 'not-an-email');
    await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
    const summary = (await screen.findByText('请先改正标红的内容再保存')).closest(
      '.ant-alert',
    ) as HTMLElement;
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['手机须为 11 位手机号码', '电子邮箱格式不正确']);
    await user.click(within(summary).getByRole('link', { name: '手机须为 11 位手机号码' }));
    expect(screen.getByLabelText('手机')).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: '电子邮箱格式不正确' }));
    expect(screen.getByLabelText('电子邮箱')).toHaveFocus();
  });

  it('offers the years counted to 31 August and fills them in on 采用', async () => {
    const { user } = openBasicInfo();
    const suggestion = await screen.findAllByText(/建议值：\d+ 年/);
    const years = new Date().getFullYear() - 2008;
    expect(suggestion.map((s) => s.textContent)).toContain(`建议值：${years} 年采用`);
    const field = screen.getByLabelText('从事本专业或相近专业工作总年限(年)');
    const adopt = within(field.closest('.form-field') as HTMLElement).getByRole('button', { name: '采用' });
    await user.click(adopt);
    expect(field).toHaveValue(String(years));
  });

  it('saves with If-Match, shows 已保存 hh:mm and puts the server errors on their fields', async () => {
    const { user, puts } = openBasicInfo();
    await enter(user, await screen.findByLabelText('现从事何专业技术工作'), '水文分析');
    await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
    expect(await screen.findByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();
    expect(puts[0]?.ifMatch).toBe('"0"');
    expect(puts[0]?.data).toMatchObject({ currentWork: '水文分析', birthplace: null, name: '张三' });
    expect(await screen.findByText('请填写出生地')).toBeVisible();
  });

  it('autosaves about 3 seconds after the last change', async () => {
    // The clock also runs on its own (shouldAdvanceTime): requests and lazy routes go on as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, puts } = openBasicInfo();
    await enter(user, await screen.findByLabelText('出生地'), '广东深圳');
    expect(screen.getByText('有未保存的修改')).toBeVisible();
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    expect(puts).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    expect(await screen.findByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();
    expect(puts).toHaveLength(1);
    expect(puts[0]?.data.birthplace).toBe('广东深圳');
  });

  it('shows the conflict dialog on 409 and overwrites with the current version when asked', async () => {
    const { user, puts } = openBasicInfo(undefined, (put, n) =>
      n === 1
        ? problem(409, 'version_conflict', '版本冲突', { detail: '该栏目已在别处保存过', currentVersion: 4 })
        : HttpResponse.json(sectionResponse('basicInfo', { data: put.data, status: 'complete', version: 5 })),
    );
    await enter(user, await screen.findByLabelText('出生地'), '广东深圳');
    await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: '本栏目已在别处保存过' });
    expect(dialog).toHaveTextContent('当前版本 4');
    await user.click(within(dialog).getByRole('button', { name: '用我的修改覆盖' }));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]?.ifMatch).toBe('"4"');
    expect(puts[1]?.data.birthplace).toBe('广东深圳');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '本栏目已在别处保存过' })).toBeNull());
  });

  it('loads the saved version instead when the person chooses so', async () => {
    let gets = 0;
    const { user } = openBasicInfo(
      () => {
        gets += 1;
        return sectionResponse('basicInfo', {
          data: { ...basicData, birthplace: gets > 1 ? '湖南长沙' : null },
          version: gets > 1 ? 2 : 0,
        });
      },
      () => problem(409, 'version_conflict', '版本冲突', { currentVersion: 2 }),
    );
    await enter(user, await screen.findByLabelText('出生地'), '广东深圳');
    await user.click(screen.getAllByRole('button', { name: '保存' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: '本栏目已在别处保存过' });
    await user.click(within(dialog).getByRole('button', { name: /加载服务器上的版本/ }));
    await waitFor(() => expect(screen.getByLabelText('出生地')).toHaveValue('湖南长沙'));
    expect(gets).toBe(2);
  });

  it('shows the section without inputs when the application is no longer editable', async () => {
    openBasicInfo(
      sectionResponse('basicInfo', {
        data: { ...basicData, birthplace: '广东深圳' },
        editable: false,
        status: 'complete',
      }),
      undefined,
      { application: draftApplication({ status: 'submitted', allowedActions: [] }) },
    );
    expect(await screen.findByText(/本栏目只能查看，不能修改/)).toBeVisible();
    expect(screen.getByText('广东深圳')).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  });

  it('asks before leaving with unsaved edits', async () => {
    const { user } = openBasicInfo();
    await enter(user, await screen.findByLabelText('出生地'), '广东');
    fireEvent.click(screen.getByRole('link', { name: '返回栏目列表' }));
    const dialog = await screen.findByRole('dialog', { name: '离开本栏目？' });
    await user.click(within(dialog).getByRole('button', { name: '留下继续填写' }));
    expect(screen.getByTestId('location')).toHaveTextContent(url('basicInfo'));
    expect(screen.getByLabelText('出生地')).toHaveValue('广东');
  });

  it("asks before the browser's back button leaves unsaved edits, and goes back once told to", async () => {
    const list = `/applicant/applications/${appId}/sections`;
    const { user, router } = openBasicInfo(undefined, undefined, { visited: [list] });
    await enter(user, await screen.findByLabelText('出生地'), '广东');
    act(() => void router.navigate(-1));
    let dialog = await screen.findByRole('dialog', { name: '离开本栏目？' });
    await user.click(within(dialog).getByRole('button', { name: '留下继续填写' }));
    expect(screen.getByTestId('location')).toHaveTextContent(url('basicInfo'));
    expect(screen.getByLabelText('出生地')).toHaveValue('广东');

    act(() => void router.navigate(-1));
    dialog = await screen.findByRole('dialog', { name: '离开本栏目？' });
    await user.click(within(dialog).getByRole('button', { name: '不保存，离开' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(new RegExp(`^${list}$`)));
  });
});
