import { expect, type Page, test } from '@playwright/test';
import { createApplicant, createDraft } from '../fixtures/applicant-api';
import { expectNoA11yViolations } from '../fixtures/axe';
import { demoAccount, demoAccounts } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';
import { submittedApplication } from '../fixtures/review-api';
import { accountOf, switchTo } from '../fixtures/review-ui';

test.describe.configure({ timeout: 240_000 });

/** Waits until the page's main heading is there and no spinner or loading card is left, then runs axe. */
async function settledAxe(page: Page, where: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-card-loading')).toHaveCount(0);
  await expectNoA11yViolations(page, where);
}

test('the public pages have no accessibility violation', async ({ page }) => {
  for (const path of ['/login', '/register', '/forgot-password', '/publicity', '/verify/AAAA-BBBB-CCCC']) {
    await page.goto(path);
    await settledAxe(page, path);
  }
});

for (const account of demoAccounts) {
  test(`every menu page of ${account.username} has no accessibility violation`, async ({ page }) => {
    await logIn(page, account);
    await settledAxe(page, `${account.username} home`);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const item of account.menu) {
      await menu.getByRole('link', { name: item, exact: true }).click();
      await settledAxe(page, `${account.username} ${item}`);
    }
  });
}

test('the applicant wizard pages have no accessibility violation', async ({ page, request }) => {
  const applicant = await createApplicant(request);
  await logIn(page, accountOf(applicant), applicant.password);
  await page.goto('/applicant/applications/new');
  await settledAxe(page, 'qualification choice');
  const id = await createDraft(request, applicant.token);
  for (const step of ['sections', 'materials', 'submit', 'timeline']) {
    await page.goto(`/applicant/applications/${id}/${step}`);
    await settledAxe(page, step);
  }
  await page.goto(`/applicant/applications/${id}/sections`);
  await page.getByRole('button', { name: '填报 基本申报信息' }).click();
  await expect(page.getByRole('heading', { name: '1. 基本申报信息' })).toBeVisible();
  const save = page.getByRole('button', { name: '保存', exact: true });
  await save.click();
  // Axe measures colours as they are: not during the button's loading fade.
  await expect(save).not.toHaveClass(/ant-btn-loading/);
  await expect(save).toBeEnabled();
  await page.waitForTimeout(500);
  await expectNoA11yViolations(page, 'section form after save');
});

// The section tables scroll sideways inside a focusable region (components/scroll-region.tsx), which
// axe's scrollable-region-focusable asks for.
test('the review queue, a review detail and its decision dialog have no accessibility violation', async ({
  page,
  request,
}) => {
  const { applicant } = await submittedApplication(request);
  await switchTo(page, demoAccount('unitadmin'));
  await page.goto(`/unit/reviews?q=${encodeURIComponent(applicant.name)}`);
  await settledAxe(page, 'unit queue');
  await page.getByRole('link', { name: `查看 ${applicant.name} 的申报` }).click();
  await settledAxe(page, 'review detail');
  await page.getByRole('button', { name: '开始审核' }).click();
  await expect(page.getByText('单位审核中').first()).toBeVisible();
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoA11yViolations(page, 'decision dialog');
});
