import { expect, test } from '@playwright/test';
import { createApplicant, createDraft } from '../fixtures/applicant-api';
import { demoAccount, demoAccounts } from '../fixtures/demo-accounts';
import { expectNoHorizontalScroll } from '../fixtures/layout';
import { logIn } from '../fixtures/login';
import { submittedApplication } from '../fixtures/review-api';
import { accountOf, switchTo } from '../fixtures/review-ui';

// WCAG 1.4.4 / 1.4.10 (issue #18): a 1280×800 screen zoomed to 200% is a 640×400 CSS-pixel viewport
// at twice the device pixels. Every page reflows into it — no sideways page scroll — and its actions
// stay reachable; the side menu folds behind the header's 主菜单 button.
test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

test('at 200% zoom the public pages reflow and keep their main action', async ({ page }) => {
  for (const [path, action] of [
    ['/login', '登录'],
    ['/register', '注册'],
    ['/forgot-password', '获取验证码'],
  ] as const) {
    await page.goto(path);
    await expectNoHorizontalScroll(page, path);
    const button = page.getByRole('button', { name: action, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
  }
  for (const path of ['/publicity', '/verify/AAAA-BBBB-CCCC']) {
    await page.goto(path);
    await expectNoHorizontalScroll(page, path);
  }
});

for (const account of demoAccounts) {
  test(`at 200% zoom every menu page of ${account.username} reflows, the menu opens from the header`, async ({
    page,
  }) => {
    await logIn(page, account);
    await expectNoHorizontalScroll(page, `${account.username} home`);
    const toggle = page.getByRole('button', { name: '主菜单' });
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const item of account.menu) {
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await menu.getByRole('link', { name: item, exact: true }).click();
      // Choosing a page folds the menu again, so it does not cover the page.
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expectNoHorizontalScroll(page, `${account.username} ${item}`);
    }
  });
}

test('at 200% zoom the wizard and a review decision keep their actions in reach', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  await logIn(page, accountOf(applicant), applicant.password);
  const id = await createDraft(request, applicant.token);
  for (const step of ['sections', 'sections/basicInfo', 'materials', 'submit', 'timeline']) {
    await page.goto(`/applicant/applications/${id}/${step}`);
    await expectNoHorizontalScroll(page, step);
  }
  await page.goto(`/applicant/applications/${id}/sections/basicInfo`);
  const save = page.getByRole('button', { name: '保存', exact: true });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport();

  const submitted = await submittedApplication(request);
  await switchTo(page, demoAccount('unitadmin'));
  await page.goto(`/unit/reviews?q=${encodeURIComponent(submitted.applicant.name)}`);
  await expectNoHorizontalScroll(page, 'unit queue');
  await page.goto(`/unit/reviews/${submitted.id}`);
  await expectNoHorizontalScroll(page, 'review detail');
  const start = page.getByRole('button', { name: '开始审核' });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  await expect(page.getByText('单位审核中').first()).toBeVisible();
  await page.getByRole('button', { name: '退回修改' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: '确认退回' });
  await confirm.scrollIntoViewIfNeeded();
  await expect(confirm).toBeInViewport();
});
