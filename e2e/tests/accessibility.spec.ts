import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/axe';
import { demoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

test('the login page, empty and with errors, has no accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('unit registration, with errors, has no accessibility violations', async ({ page }) => {
  await page.goto('/register');
  await expect(page.getByRole('heading', { level: 1, name: '单位注册' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await expect(page.getByText('请填写 11 位手机号码')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('a role home, a list, the review queue and 账号安全 have no accessibility violations', async ({
  page,
}) => {
  await logIn(page, demoAccount('unitadmin'));
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: '申报人员' }).click();
  await expect(page.getByRole('button', { name: '新增申报人员' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '新增申报人员' }).click();
  await expect(page.getByRole('dialog', { name: '新增申报人员' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '资格评审审核' }).click();
  await expect(page).toHaveURL('/unit/reviews');
  await expect(
    page.getByRole('tablist', { name: '按状态查看' }).or(page.getByRole('table')).first(),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: '账号安全' }).click();
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByText('请输入当前密码')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the menu and the form work with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').focus();
  await page.keyboard.type('applicant01');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('密码', { exact: true })).toBeFocused();
  await page.keyboard.type('Zhicheng2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '欢迎，张三' })).toBeVisible();

  const progress = page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '查看进度' });
  await progress.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/applicant/progress');
  await expect(page.getByRole('heading', { level: 1, name: '查看进度' })).toBeVisible();
  await expect(page.getByText('「查看进度」即将开放')).toBeHidden();
});
