import { expect, type Page, test } from '@playwright/test';
import { demoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

/** Picks an option of the antd Select labelled `label` (retried: the dropdown animates in). */
async function choose(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await dropdown.isVisible())) await input.click();
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 2_000 });
    await expect(page.locator('.ant-select').filter({ has: input })).toContainText(option, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
}

test.describe.configure({ timeout: 60_000 });

test('applicant01 chooses a qualification, goes on to step 2 and sees it in 申报中', async ({ page }) => {
  await logIn(page, demoAccount('applicant01'));
  await expect(page.getByText(/当前申报批次：/)).toBeVisible();
  await page.getByRole('button', { name: '普通申报' }).click();

  await expect(page).toHaveURL('/applicant/applications/new?track=normal');
  await expect(page).toHaveTitle('选择申报资格 - 职称申报');
  const steps = page.getByRole('navigation', { name: '申报步骤' });
  await expect(steps).toContainText('选择申报资格');
  await expect(steps).toContainText('提交单位审核');

  await choose(page, '申报系列', '工程技术');
  await choose(page, '申报专业', '水文水资源');
  await choose(page, '申报级别', '副高级');
  await choose(page, '专技资格名称', '高级工程师');
  const committee = page.locator('.ant-select').filter({ has: page.getByLabel('评委会', { exact: true }) });
  await expect(committee).toContainText('深圳市水利水电专业高级专业技术资格评审委员会');
  await expect(page.getByLabel('日常工作部门')).toHaveValue('深圳市水务局');

  await page.getByRole('button', { name: '下一步：填写申报信息' }).click();
  await expect(page).toHaveURL(/\/applicant\/applications\/[0-9a-f-]+\/sections$/);
  await expect(page).toHaveTitle('填写申报信息 - 职称申报');
  await expect(page.getByRole('navigation', { name: '申报步骤' })).toBeVisible();
  await expect(page.getByRole('table', { name: '申报信息' })).toBeVisible();
  await expect(page.getByText('高级工程师')).toBeVisible();

  await page.getByRole('link', { name: '返回申报页面' }).click();
  const inProgress = page.getByRole('table', { name: '申报中' });
  const row = inProgress.getByRole('row').filter({ hasText: '高级工程师' });
  await expect(row).toContainText('水文水资源');
  await expect(row).toContainText('填报中');
  await expect(row.getByRole('link', { name: '继续申报' })).toBeVisible();
});

test('applicant02 applies on the innovative track, choosing a condition first', async ({ page }) => {
  await logIn(page, demoAccount('applicant02'));
  await page.getByRole('button', { name: '创新型人才申报' }).click();
  await expect(page.getByText('创新型人才填报材料流程')).toBeVisible();
  await expect(page.getByLabel('申报系列', { exact: true })).toBeDisabled();
  await page.getByRole('radio', { name: /享受深圳市人民政府特殊津贴人员/ }).check();
  await expect(page.getByLabel('申报系列', { exact: true })).toBeEnabled();

  await choose(page, '申报系列', '工程技术');
  await choose(page, '申报专业', '水文水资源');
  await choose(page, '申报级别', '正高级');
  await choose(page, '专技资格名称', '正高级工程师');
  await expect(page.getByLabel('日常工作部门')).toHaveValue('深圳市水务局');
  await page.getByRole('button', { name: '下一步：填写申报信息' }).click();
  await expect(page).toHaveURL(/\/sections$/);
  await expect(page.getByText('创新型人才申报', { exact: true })).toBeVisible();
  await expect(page.getByText('享受深圳市人民政府特殊津贴人员')).toBeVisible();
});

test('the bureau adds a department and sees it listed', async ({ page }) => {
  await logIn(page, demoAccount('bureauadmin'));
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '评委会与部门' }).click();
  await expect(page).toHaveTitle('评委会与部门 - 职称申报');
  const departments = page.getByRole('table', { name: '日常工作部门' });
  await expect(departments).toContainText('深圳市水务局');

  await page.getByRole('button', { name: '新增部门' }).click();
  const dialog = page.getByRole('dialog', { name: '新增日常工作部门' });
  await dialog.getByLabel('名称').fill('深圳市测试管理局');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(departments.getByRole('row').filter({ hasText: '深圳市测试管理局' })).toContainText('启用');
});
