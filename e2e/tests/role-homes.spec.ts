import { expect, test } from '@playwright/test';
import { demoAccounts } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

for (const account of demoAccounts) {
  test(`${account.username} (${account.roleLabel}) sees the ${account.role} home`, async ({ page }) => {
    await logIn(page, account);

    await expect(page).toHaveURL(account.home);
    await expect(page).toHaveTitle(`${account.menu[0]} - 职称申报`);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await expect(menu.getByRole('link')).toHaveText(account.menu);

    const header = page.getByRole('region', { name: '当前用户' });
    await expect(header.getByText(account.name, { exact: true })).toBeVisible();
    await expect(header.getByText(account.roleLabel, { exact: true })).toBeVisible();
    if (account.organisation) await expect(header.getByText(account.organisation)).toBeVisible();
    await expect(page.getByText(`当前身份：${account.roleLabel}`)).toBeVisible();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  });
}
