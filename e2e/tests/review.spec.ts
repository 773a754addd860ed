import { expect, test } from '@playwright/test';
import { demoAccount } from '../fixtures/demo-accounts';
import { submittedApplication } from '../fixtures/review-api';
import { accountOf, switchTo } from '../fixtures/review-ui';
import { submitFromStep4 } from '../fixtures/submit';
import { unitForwards } from '../fixtures/unit-review-ui';

test.describe.configure({ timeout: 240_000 });

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
