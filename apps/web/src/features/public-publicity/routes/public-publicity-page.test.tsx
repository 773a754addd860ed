import { screen, waitFor, within } from '@testing-library/react';
import {
  type CaptchaResponse,
  maskPersonName,
  type ObjectionCreate,
  type ObjectionCreated,
  type PublicPublicity,
  type TextCaptchaResponse,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { enter, renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;
const windowId = '00000000-0000-4000-8000-00000000a001';
const applicationId = '00000000-0000-4000-8000-00000000b001';

const publicity = {
  items: [
    {
      windowId,
      startsOn: '2026-11-23',
      endsOn: '2026-11-29',
      note: '公示期内如有异议，请实名反映。',
      department: '市水务局',
      applications: [
        {
          id: applicationId,
          maskedName: maskPersonName('张三明'),
          unit: '深圳市水务工程有限公司',
          series: '工程技术',
          qualification: '高级工程师',
          committee: '水利工程高级评委会',
        },
        {
          id: '00000000-0000-4000-8000-00000000b002',
          maskedName: maskPersonName('欧阳小明'),
          unit: '深圳市水文站',
          series: '工程技术',
          qualification: '工程师',
          committee: '水利工程中级评委会',
        },
      ],
    },
  ],
} satisfies PublicPublicity;

function servePublic(objection: (body: ObjectionCreate, attempt: number) => Response) {
  const sent: ObjectionCreate[] = [];
  let captchas = 0;
  server.use(
    http.get(api('/public/publicity'), ({ request }) => {
      expect(request.headers.get('Authorization')).toBeNull();
      return HttpResponse.json(publicity);
    }),
    http.get(api('/auth/captcha'), () => {
      captchas += 1;
      return HttpResponse.json({
        id: `captcha-${captchas}`,
        svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      } satisfies CaptchaResponse);
    }),
    http.get(api('/auth/captcha/text'), () => {
      captchas += 1;
      return HttpResponse.json({
        id: `text-${captchas}`,
        question: '7 加 5 等于几？',
      } satisfies TextCaptchaResponse);
    }),
    http.post(api('/public/objections'), async ({ request }) => {
      const body = (await request.json()) as ObjectionCreate;
      sent.push(body);
      return objection(body, sent.length);
    }),
  );
  return sent;
}

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(
    await screen.findByRole('button', { name: '对 张*明 提出异议' }, { timeout: lazyRouteTimeout }),
  );
  const dialog = await screen.findByRole('dialog', { name: '提出异议：张*明（深圳市水务工程有限公司）' });
  await within(dialog).findByRole('img', { name: '图形验证码图片' });
  return dialog;
}

async function fill(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement) {
  await enter(user, within(dialog).getByLabelText('姓名'), '李四');
  await enter(user, within(dialog).getByLabelText('联系方式'), '13800138000');
  await enter(user, within(dialog).getByLabelText('异议内容'), '该申报人的论文与其他人员重复，请核实。');
  await enter(user, within(dialog).getByLabelText('图形验证码'), 'ab12');
}

describe('评审结果公示 (public page)', { timeout: lazyRouteTimeout }, () => {
  it('lists the open windows with masked names, without a login', async () => {
    servePublic(() => HttpResponse.json({ id: 'o1' } satisfies ObjectionCreated, { status: 201 }));
    renderApp('/publicity');
    expect(
      await screen.findByRole('heading', { level: 1, name: '评审结果公示' }, { timeout: lazyRouteTimeout }),
    ).toBeVisible();
    const card = await screen.findByRole('region', { name: '市水务局' });
    expect(within(card).getByText('公示期：2026-11-23 至 2026-11-29')).toBeVisible();
    const headers = within(card)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['姓名', '单位', '系列', '资格', '评委会', '操作']);
    expect(within(card).getByText('张*明')).toBeVisible();
    expect(within(card).getByText('欧**明')).toBeVisible();
    expect(within(card).queryByText('张三明')).not.toBeInTheDocument();
    expect(within(card).getAllByRole('button', { name: /提出异议/ })).toHaveLength(2);
  });

  it('says so when nothing is being publicised', async () => {
    server.use(
      http.get(api('/public/publicity'), () => HttpResponse.json({ items: [] } satisfies PublicPublicity)),
    );
    renderApp('/publicity');
    expect(
      await screen.findByText('当前没有公示中的评审结果', {}, { timeout: lazyRouteTimeout }),
    ).toBeVisible();
  });

  it("puts the server's errors on the fields, then sends the objection", async () => {
    const sent = servePublic((_body, attempt) =>
      attempt === 1
        ? problem(422, 'validation_failed', '提交的数据有误', {
            errors: [{ path: 'contact', message: '联系方式格式不正确' }],
          })
        : attempt === 2
          ? problem(401, 'captcha_invalid', '图形验证码错误或已过期')
          : HttpResponse.json({ id: 'objection-1' } satisfies ObjectionCreated, { status: 201 }),
    );
    const { user } = renderApp('/publicity');
    const dialog = await openForm(user);
    expect(within(dialog).getByLabelText('异议内容')).toHaveAccessibleDescription(/至少10个字/);
    await fill(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('联系方式')).toHaveAccessibleDescription(/联系方式格式不正确/),
    );
    expect(sent[0]).toEqual({
      windowId,
      applicationId,
      name: '李四',
      contact: '13800138000',
      content: '该申报人的论文与其他人员重复，请核实。',
      captchaId: 'captcha-1',
      captchaAnswer: 'ab12',
    });

    // A spent captcha: a new image, the answer emptied, the error on the answer.
    await enter(user, within(dialog).getByLabelText('图形验证码'), 'cd34');
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('图形验证码')).toHaveAccessibleDescription(
        /图形验证码错误或已过期/,
      ),
    );
    expect(sent[1]?.captchaId).toBe('captcha-2');

    await enter(user, within(dialog).getByLabelText('图形验证码'), 'ef56');
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    expect(await within(dialog).findByText('您的异议已提交至日常工作部门')).toBeVisible();
    expect(sent[2]).toEqual(expect.objectContaining({ captchaId: 'captcha-3', captchaAnswer: 'ef56' }));
  });

  it('takes the text question instead of the image, for people who cannot read it', async () => {
    const sent = servePublic(() =>
      HttpResponse.json({ id: 'o1' } satisfies ObjectionCreated, { status: 201 }),
    );
    const { user } = renderApp('/publicity');
    const dialog = await openForm(user);
    await user.click(within(dialog).getByRole('button', { name: '换一种方式（文字题）' }));
    const answer = await within(dialog).findByLabelText('文字验证题');
    expect(answer).toHaveAccessibleDescription(/7 加 5 等于几？/);
    await enter(user, within(dialog).getByLabelText('姓名'), '李四');
    await enter(user, within(dialog).getByLabelText('联系方式'), '13800138000');
    await enter(user, within(dialog).getByLabelText('异议内容'), '该申报人的论文与其他人员重复，请核实。');
    await enter(user, answer, '12');
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    expect(await within(dialog).findByText('您的异议已提交至日常工作部门')).toBeVisible();
    expect(sent[0]).toEqual(expect.objectContaining({ captchaId: 'text-2', captchaAnswer: '12' }));
  });

  it('checks the form before sending and shows the rate limit', async () => {
    const sent = servePublic(() => problem(429, 'rate_limited', '请求过于频繁，请稍后再试'));
    const { user } = renderApp('/publicity');
    const dialog = await openForm(user);
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    expect(await within(dialog).findByText('请填写姓名')).toBeVisible();
    expect(within(dialog).getByLabelText('异议内容')).toHaveAccessibleDescription(/异议内容至少10个字/);
    expect(sent).toHaveLength(0);

    await fill(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: '提交异议' }));
    expect(await within(dialog).findByText('请求过于频繁，请稍后再试')).toBeVisible();
  });

  it('is linked from the login page', async () => {
    servePublic(() => HttpResponse.json({ id: 'o1' } satisfies ObjectionCreated, { status: 201 }));
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: '评审结果公示' }));
    expect(await screen.findByText('张*明', {}, { timeout: lazyRouteTimeout })).toBeVisible();
  });
});
