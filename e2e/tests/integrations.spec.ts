import { expect, type Page, test } from '@playwright/test';
import { idNumberCheckChar } from '@zhicheng/contracts';
import { expectNoA11yViolations } from '../fixtures/axe';
import { demoAccount, demoPassword } from '../fixtures/demo-accounts';
import { act, submittedApplication, tokenOf } from '../fixtures/review-api';
import { accountOf, switchTo } from '../fixtures/review-ui';

test.describe.configure({ timeout: 180_000 });

const api = '/api/v1';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A valid 18-digit ID number, different for each `serial`. */
function idNumber(serial: number): string {
  const body = `4403051990${`0${1 + (serial % 9)}`}${10 + (serial % 18)}${String(serial % 1000).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

function withWrongCheckDigit(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, -1) + (last === '0' ? '1' : '0');
}

async function openIntegrations(page: Page) {
  await switchTo(page, demoAccount('unitadmin'));
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '接口对接' }).click();
  await expect(page).toHaveURL('/unit/integrations');
}

test('a unit admin issues an API key shown once; an integrator reads applications with it, is held to its scope, and is refused once it is revoked', async ({
  page,
  request,
}) => {
  await openIntegrations(page);
  const name = `人事系统同步${Date.now() % 100000}`;
  await page.getByRole('button', { name: '创建密钥' }).click();
  const form = page.getByRole('dialog', { name: '创建 API 密钥' });
  await form.getByLabel('密钥名称').fill(name);
  // 权限范围 is a multiple select: type to filter, pick the option, close the list.
  const scopes = form.getByRole('combobox', { name: '权限范围' });
  await scopes.click();
  await scopes.fill('读取申报');
  await scopes.press('Enter');
  await scopes.press('Escape');
  await expect(form).toContainText('读取申报信息');
  await form.getByRole('button', { name: '创建', exact: true }).click();

  const secret = page.getByRole('dialog', { name: '密钥已创建' });
  await expect(secret).toContainText('密钥只显示这一次');
  const key = (await secret.getByTestId('api-key-secret').textContent())?.trim() ?? '';
  expect(key).toMatch(/^zck_/);
  await expectNoA11yViolations(page);
  await secret.getByRole('button', { name: '我已保存' }).click();
  await expect(page.getByTestId('api-key-secret')).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('有效');
  await expect(row).toContainText(key.slice(0, 8));

  // The integrator: reads the unit's queue, may not create applicants (no applicants:write).
  const list = await request.get(`${api}/applications?limit=5`, { headers: bearer(key) });
  expect(list.status(), await list.text()).toBe(200);
  expect(await list.json()).toHaveProperty('items');
  const create = await request.post(`${api}/unit/applicants`, {
    headers: bearer(key),
    data: { username: 'keynotallowed', password: demoPassword, name: '无权限', idNumber: idNumber(1) },
  });
  expect(create.status()).toBe(403);
  expect((await create.json()).code).toBe('insufficient_scope');

  // 最近使用 now shows a time instead of 从未使用.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: name })).not.toContainText('从未使用');

  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '吊销' }).click();
  await page
    .getByRole('dialog', { name: `吊销密钥「${name}」？` })
    .getByRole('button', { name: /吊\s*销|确\s*定/ })
    .click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('已吊销');
  const refused = await request.get(`${api}/applications?limit=5`, { headers: bearer(key) });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).code).toBe('invalid_api_key');
});

test('事件推送 refuses a webhook to a private address on its URL field', async ({ page }) => {
  await openIntegrations(page);
  await page.getByRole('tab', { name: '事件推送' }).click();
  await expect(page).toHaveURL(/tab=webhooks/);
  await page.getByRole('button', { name: '新增推送地址' }).click();
  const form = page.getByRole('dialog', { name: '新增推送地址' });
  await form.getByRole('textbox', { name: '推送地址' }).fill('http://127.0.0.1:9/hook');
  await form.getByRole('checkbox', { name: '申报已提交' }).check();
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.getByRole('textbox', { name: '推送地址' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText(/内网|本机/);
  await expectNoA11yViolations(page);
});

test('a unit admin imports applicants from a CSV: a per-row report with initial passwords, a downloadable list, and an imported account must change its password', async ({
  page,
}) => {
  const stamp = Date.now() % 100000;
  const rows = [
    ['姓名', '账号', '身份证号'],
    [`导入甲${stamp}`, `imp${stamp}a`, idNumber(stamp)],
    [`导入乙${stamp}`, `imp${stamp}b`, idNumber(stamp + 1)],
    [`导入丙${stamp}`, `imp${stamp}c`, withWrongCheckDigit(idNumber(stamp + 2))],
  ];
  const csv = `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;

  await switchTo(page, demoAccount('unitadmin'));
  await page.goto('/unit/applicants');
  await page.getByRole('button', { name: '批量导入' }).click();
  const dialog = page.getByRole('dialog', { name: '批量导入申报人员' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: '申报人员.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(dialog).toContainText('已选择：申报人员.csv');
  await dialog.getByRole('button', { name: '开始导入' }).click();

  await expect(dialog).toContainText('导入完成：新建 2 个账号，跳过 0 个已有账号，1 行未导入。');
  await expect(dialog).toContainText('初始密码只显示这一次');
  // The bad ID number is reported with its line in the file (the header is line 1).
  const errorRow = dialog
    .getByRole('row')
    .filter({ hasText: /身份证号/ })
    .filter({ hasText: '4' });
  await expect(errorRow.first()).toBeVisible();
  const created = dialog.getByRole('row').filter({ hasText: `imp${stamp}a` });
  const cells = await created.getByRole('cell').allTextContents();
  const password = cells
    .map((c) => c.trim())
    .find((c) => /^[A-Za-z0-9]{10,}$/.test(c) && c !== `imp${stamp}a`);
  expect(password, cells.join(' | ')).toBeTruthy();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载账号清单' }).click();
  expect((await download).suggestedFilename()).toBe('申报人员账号清单.csv');
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: `imp${stamp}b` })).toContainText('待首次登录改密');

  // The imported applicant signs in with the initial password and is sent to change it first.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(`imp${stamp}a`);
  await page.getByLabel('密码', { exact: true }).fill(password ?? '');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('为了账号安全，请先修改初始密码')).toBeVisible();
});

test('the applicant’s bell counts the unit’s return, shows its opinion, and clears with 全部已读', async ({
  page,
  request,
}) => {
  const { applicant, id } = await submittedApplication(request);
  const unit = await tokenOf(request, 'unitadmin');
  await act(request, unit, id, { action: 'start_review' });
  await act(request, unit, id, {
    action: 'return',
    opinion: '请补充继续教育学时证明。',
    sections: [],
    materials: [],
  });

  await switchTo(page, accountOf(applicant), applicant.password);
  // The notification is written by a background job shortly after the return.
  const bell = page.getByRole('button', { name: /^消息通知，\d+ 条未读$/ });
  await expect(async () => {
    await page.reload();
    await expect(bell).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await bell.click();
  const drawer = page.getByRole('dialog', { name: '消息通知' });
  await expect(drawer).toContainText('请补充继续教育学时证明。');
  await expectNoA11yViolations(page);
  await drawer.getByRole('button', { name: '全部已读' }).click();
  await expect(page.getByRole('button', { name: '消息通知', exact: true })).toBeVisible();
});
