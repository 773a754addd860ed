import { expect, test } from '@playwright/test';
import { demoAccount } from '../fixtures/demo-accounts';
import { chinaDay, forwardToCommittee, submittedApplication } from '../fixtures/review-api';
import { accountOf, pickDate, switchTo } from '../fixtures/review-ui';

test.describe.configure({ timeout: 180_000 });

test('the secretary enters one meeting’s votes for three applications, the department publicises and passes them, the applicant sees 评审通过', async ({
  page,
  request,
}) => {
  const three = [
    await submittedApplication(request),
    await submittedApplication(request),
    await submittedApplication(request),
  ];
  await forwardToCommittee(
    request,
    three.map((a) => a.id),
  );
  const names = three.map((a) => a.applicant.name);

  // 评审结果录入: one meeting, the votes of three applications, one submit.
  await switchTo(page, demoAccount('slsecretary'));
  await page.goto('/committee/results');
  await pickDate(page, '会议日期', chinaDay(-1));
  await page.getByRole('spinbutton', { name: '出席专家人数' }).fill('9');
  for (const name of names) {
    await page.getByRole('spinbutton', { name: `${name} 赞成票数` }).fill('7');
    await page.getByRole('spinbutton', { name: `${name} 反对票数` }).fill('1');
    await page.getByRole('spinbutton', { name: `${name} 弃权票数` }).fill('1');
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('通过');
  }
  await page.getByRole('button', { name: '提交表决结果（3 份）' }).click();
  const results = page.getByRole('dialog', { name: '评审结果录入结果' });
  await expect(results).toBeVisible();
  for (const name of names) await expect(results).toContainText(name);
  await expect(results).toContainText('成功 3 份，未办理 0 份');
  await results.getByRole('button', { name: '关闭' }).last().click();

  // 公示管理: a 评审结果公示 window (already over), then 公示通过 for the three.
  await switchTo(page, demoAccount('swjreviewer'));
  await page.goto('/dept/publicity');
  for (const name of names) await page.getByRole('checkbox', { name: `选择 ${name} 的申报` }).check();
  await page.getByRole('button', { name: '评审结果公示（3）' }).click();
  const dialog = page.getByRole('dialog', { name: '评审结果公示（3 份申报）' });
  await pickDate(page, '公示开始日期', chinaDay(-21));
  await pickDate(page, '公示结束日期', chinaDay(-1));
  await dialog.getByRole('button', { name: '登记公示' }).click();
  await expect(dialog).toBeHidden();
  for (const name of names) {
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('已结束');
  }
  for (const name of names) {
    const box = page.getByRole('checkbox', { name: `选择 ${name} 的申报` });
    if (!(await box.isChecked())) await box.check();
  }
  await page.getByRole('button', { name: '公示通过（3）' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
  const passed = page.getByRole('dialog', { name: '公示通过结果' });
  for (const name of names) await expect(passed).toContainText(name);
  await passed.getByRole('button', { name: '关闭' }).last().click();
  await expect(passed).toBeHidden();

  // The applicant sees the result with the committee's vote.
  const first = three[0];
  if (!first) throw new Error('no application');
  await switchTo(page, accountOf(first.applicant), first.applicant.password);
  await expect(page.getByText('评审通过').first()).toBeVisible();
  await expect(page.getByText(/赞成 7 票/).first()).toBeVisible();
});
