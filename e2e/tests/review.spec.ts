import { expect, type Page, test } from '@playwright/test';
import { demoAccount } from '../fixtures/demo-accounts';
import { chinaDay, submittedApplication } from '../fixtures/review-api';
import { accountOf, pickDate, switchTo } from '../fixtures/review-ui';
import { submitFromStep4 } from '../fixtures/submit';

test.describe.configure({ timeout: 240_000 });

/** The unit takes the application into review, records its 单位公示 (already over) and approves. */
async function unitForwards(page: Page, name: string, id: string, withPublicity: boolean) {
  await page.goto(`/unit/reviews?q=${encodeURIComponent(name)}`);
  const table = page.getByRole('table', { name: '资格评审审核' }).or(page.locator('table')).first();
  await expect(table).toContainText(name);
  await page.getByRole('link', { name: `查看 ${name} 的申报` }).click();
  await expect(page).toHaveURL(`/unit/reviews/${id}`);
  await page.getByRole('button', { name: '开始审核' }).click();
  await expect(page.getByText('单位审核中').first()).toBeVisible();

  if (withPublicity) {
    // 单位公示 is recorded from the queue, for the selected applications.
    await page.goto(`/unit/reviews?q=${encodeURIComponent(name)}`);
    await page.getByRole('checkbox', { name: `选择 ${name} 的申报` }).check();
    await page.getByRole('button', { name: '单位公示（1）' }).click();
    const dialog = page.getByRole('dialog', { name: '单位公示（1 份申报）' });
    await pickDate(page, '公示开始日期', chinaDay(-21));
    await pickDate(page, '公示结束日期', chinaDay(-1));
    await expect(dialog).toContainText(/公示期共 \d+ 个工作日/);
    await dialog.getByRole('button', { name: '登记公示' }).click();
    await expect(page.getByText(/已为 1 份申报登记单位公示/)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('已结束');
    await page.getByRole('link', { name: `查看 ${name} 的申报` }).click();
  }

  await page.getByRole('button', { name: '审核通过' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
  await expect(page).toHaveURL(/\/unit\/reviews/);
}

test('a unit publicises and approves, the department returns with marked sections, the applicant fixes and resubmits, the department sees what changed', async ({
  page,
  request,
}) => {
  const { applicant, id } = await submittedApplication(request);
  const name = applicant.name;

  // The unit admin: 资格评审审核 → start, 单位公示, approve.
  await switchTo(page, demoAccount('unitadmin'));
  await unitForwards(page, name, id, true);

  // The department reviewer returns it, naming 申报者自我评价 in one notice.
  await switchTo(page, demoAccount('swjreviewer'));
  await page.goto(`/dept/reviews?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name: `查看 ${name} 的申报` }).click();
  await expect(page).toHaveURL(`/dept/reviews/${id}`);
  await expect(page.getByText('部门审核中').first()).toBeVisible();
  await page.getByRole('button', { name: '退回修改' }).click();
  const returnDialog = page.getByRole('dialog');
  await returnDialog.getByRole('button', { name: '确认退回' }).click();
  await expect(returnDialog.getByText(/须填写意见|请填写|必填/).first()).toBeVisible();
  await returnDialog.getByRole('textbox', { name: /意见/ }).fill('自我评价过于简单，请补充近五年主要业绩。');
  await returnDialog.getByRole('checkbox', { name: '22. 申报者自我评价' }).check();
  await returnDialog.getByRole('button', { name: '确认退回' }).click();
  await expect(page).toHaveURL(/\/dept\/reviews/);

  // The applicant sees 退回修改, the opinion and the marked section, fixes it and resubmits.
  await switchTo(page, accountOf(applicant), applicant.password);
  await expect(page.getByRole('table', { name: '申报中' })).toContainText('退回修改');
  await page.goto(`/applicant/applications/${id}/sections`);
  await expect(page.getByText('自我评价过于简单，请补充近五年主要业绩。').first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '申报者自我评价' })).toContainText('需修改');
  await page.goto(`/applicant/applications/${id}/sections/selfEvaluation`);
  const text = page.getByRole('textbox', { name: '自我评价' });
  await expect(text).toBeEditable();
  await text.fill('退回后补充：近五年主持完成三项水资源调度项目，获市科技进步二等奖。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/已保存/).first()).toBeVisible();
  await page.goto(`/applicant/applications/${id}/submit`);
  await submitFromStep4(page);

  // The unit forwards it again (its 单位公示 is already over).
  await switchTo(page, demoAccount('unitadmin'));
  await unitForwards(page, name, id, false);

  // The department sees which section changed since its return.
  await switchTo(page, demoAccount('swjreviewer'));
  await page.goto(`/dept/reviews/${id}`);
  await expect(page.getByText('退回修改后重新提交：修改了 1 个栏目、0 类材料。')).toBeVisible();
  const changed = page.getByRole('region', { name: '申报者自我评价' });
  await expect(changed).toContainText('已修改');
  await expect(changed).toContainText('退回后补充：近五年主持完成三项水资源调度项目');
  await expect(page.getByRole('region', { name: '基本申报信息' })).not.toContainText('已修改');
});
