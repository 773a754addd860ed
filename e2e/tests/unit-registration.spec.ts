import { expect, type Page, test } from '@playwright/test';
import { idNumberCheckChar, orgCodeCheckChar } from '@zhicheng/contracts';

/** Unique per run: digits from the clock and a random suffix. */
const run = `${Date.now() % 1_000_000}`.padStart(6, '0') + String(Math.floor(Math.random() * 90) + 10);
const orgBody = `E2${run.slice(0, 6)}`;
const orgCode = orgBody + orgCodeCheckChar(orgBody);
const idBody = `44030419880808${run.slice(-3)}`;
const idNumber = idBody + idNumberCheckChar(idBody);
const applicantIdBody = `36011119900101${run.slice(-3)}`;
const applicantIdNumber = applicantIdBody + idNumberCheckChar(applicantIdBody);
const mobile = `139${run}`.slice(0, 11);
const adminUsername = `e2eadm${run}`.slice(0, 14);
const adminPassword = 'UnitAdmin2026x';
const applicantUsername = `e2eapp${run}`.slice(0, 14);
const applicantPassword = 'FirstLogin2026x';
const applicantNewPassword = 'MyOwnPass2026x';

async function lastSmsCode(page: Page): Promise<string> {
  let code: string | null = null;
  await expect
    .poll(async () => {
      const response = await page.request.get(`/api/v1/test/sms-outbox?mobile=${mobile}`);
      expect(response.ok()).toBe(true);
      code = ((await response.json()) as { lastCode: string | null }).lastCode;
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code as unknown as string;
}

async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('a unit registers, its admin adds an applicant, who changes the password at first login', async ({
  page,
}) => {
  test.setTimeout(90_000);

  // 单位注册, from the login page.
  await page.goto('/login');
  await page.getByRole('link', { name: '单位注册' }).click();
  await expect(page).toHaveTitle('单位注册 - 职称申报');
  await page.getByLabel('机构代码').fill(orgCode);
  await page.getByLabel('单位名称').fill(`深圳市端到端测试${run}有限公司`);
  await page.getByLabel('单位社保号').fill(`SB${run}`);
  await page.getByLabel('管理员姓名').fill('端到端管理员');
  await page.getByLabel('管理员身份证号').fill(idNumber);
  await page.getByLabel('管理员社保电脑号').fill(`6${run}`);
  await page.getByLabel('管理员电子邮箱').fill(`admin${run}@example.com`);
  await page.getByLabel('管理员用户名').fill(adminUsername);
  await page.getByLabel('管理员密码', { exact: true }).fill(adminPassword);
  await page.getByLabel('确认管理员密码').fill(adminPassword);
  await page.getByLabel('管理员电话').fill('0755-88888888');
  await page.getByLabel('管理员手机').fill(mobile);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
  await page.getByLabel('验证码', { exact: true }).fill(await lastSmsCode(page));
  await page.screenshot({ path: 'test-results/register-filled.png', fullPage: true });
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await expect(page.getByText('单位注册成功')).toBeVisible();
  await expect(page.getByText(`单位管理员账号为 ${adminUsername}`)).toBeVisible();
  await page.getByRole('button', { name: '去登录' }).click();

  // The new admin logs in and adds an applicant.
  await expect(page).toHaveURL('/login');
  await logIn(page, adminUsername, adminPassword);
  await expect(page.getByRole('heading', { name: '欢迎，端到端管理员' })).toBeVisible();
  await expect(page.getByText(`深圳市端到端测试${run}有限公司`).first()).toBeVisible();
  await page.getByRole('link', { name: '申报人员' }).click();
  await expect(page.getByText('还没有申报人员，点击新增')).toBeVisible();
  await page.getByRole('button', { name: '新增申报人员' }).click();
  const drawer = page.getByRole('dialog', { name: '新增申报人员' });
  await drawer.getByLabel('登录账号').fill(applicantUsername);
  await drawer.getByLabel('登录密码').fill(applicantPassword);
  await drawer.getByLabel('确认密码').fill(applicantPassword);
  await drawer.getByLabel('用户姓名').fill('端到端申报人');
  await drawer.getByLabel('身份证号').fill(applicantIdNumber);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已新增 端到端申报人')).toBeVisible();
  const row = page.getByRole('row', { name: /端到端申报人/ });
  await expect(row.getByText(applicantUsername)).toBeVisible();
  await expect(row.getByText(applicantIdNumber)).toHaveCount(0);
  await expect(row.getByText('待首次登录改密')).toBeVisible();
  await page.screenshot({ path: 'test-results/applicants.png' });

  // Log out; the applicant logs in, must change the password, then sees the applicant home.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/login?reason=logged_out');
  await logIn(page, applicantUsername, applicantPassword);
  await expect(page).toHaveURL('/account/password');
  await page.getByLabel('当前密码').fill(applicantPassword);
  await page.getByLabel('新密码', { exact: true }).fill(applicantNewPassword);
  await page.getByLabel('确认新密码').fill(applicantNewPassword);
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page).toHaveURL('/applicant');
  await expect(page.getByRole('heading', { name: '欢迎，端到端申报人' })).toBeVisible();
});
