import { expect, test } from '@playwright/test';
import { demoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

test('a first visit logs nothing in the console (no failed session probe)', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
  });
  page.on('pageerror', (error) => logged.push(error.message));
  await page.goto('/');
  await expect(page).toHaveURL('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(logged).toEqual([]);
});

test('a wrong password is reported on the form', async ({ page }) => {
  await page.goto('/login');
  await expect(page).toHaveTitle('登录 - 职称申报');
  await page.getByLabel('用户名').fill('applicant02');
  await page.getByLabel('密码', { exact: true }).fill('NotThePassword1');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL('/login');
});

test('logout returns to the login page and ends the session', async ({ page }) => {
  await logIn(page, demoAccount('unitadmin'));
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/login?reason=logged_out');
  await expect(page.getByText('您已安全退出')).toBeVisible();

  // The refresh cookie is gone: a signed-in page sends us back to the login page.
  await page.goto('/unit');
  await expect(page).toHaveURL('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
});

test('a reload keeps the session (restored from the refresh cookie)', async ({ page }) => {
  await logIn(page, demoAccount('swjreviewer'));
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '部门审核' }).click();
  await expect(page).toHaveTitle('部门审核 - 职称申报');
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL('/dept/reviews');
  await expect(page).toHaveTitle('部门审核 - 职称申报');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '当前用户' }).getByText('陈审核')).toBeVisible();
});

test("a role cannot open another role's pages", async ({ page }) => {
  await logIn(page, demoAccount('applicant01'));
  await page.goto('/bureau/audit');
  await expect(page).toHaveURL('/applicant');
  await expect(page.getByRole('heading', { name: '欢迎，张三' })).toBeVisible();
});

test('the login page links to unit registration and forgotten password', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '单位注册' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '单位注册' })).toBeVisible();
  await page.getByRole('link', { name: '已有账号？返回登录' }).click();
  await page.getByRole('link', { name: '忘记密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '忘记密码' })).toBeVisible();
});
