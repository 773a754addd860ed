import { expect, test } from '@playwright/test';
import {
  createApplicant,
  createDraft,
  fillRequiredSections,
  makePng,
  uploadMissingMaterials,
} from '../fixtures/applicant-api';
import { demoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';
import { submitFromStep4 } from '../fixtures/submit';

test.describe.configure({ timeout: 120_000 });

test('an applicant completes an application, submits it, withdraws, edits and submits again', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  const id = await createDraft(request, applicant.token);
  await fillRequiredSections(request, applicant.token, id);
  // The other required materials come through the API; 最高学历 is uploaded in the browser below.
  await uploadMissingMaterials(request, applicant.token, id, ['highest_degree']);
  const account = { ...demoAccount('applicant01'), username: applicant.username, name: applicant.name };
  await logIn(page, account, applicant.password);

  // Step 4 names what is missing and links to it; submitting waits until it is there.
  await page.goto(`/applicant/applications/${id}/submit`);
  await expect(page).toHaveTitle('提交单位审核 - 职称申报');
  const missing = page.getByRole('list', { name: '未完成的项目' });
  await expect(missing).toContainText('最高学历');
  await expect(page.getByRole('button', { name: '提交单位审核', exact: true })).toBeDisabled();
  await missing.getByRole('link', { name: /去上传：最高学历/ }).click();

  await expect(page).toHaveURL(/\/materials\/highest_degree$/);
  await page.locator('input[type="file"]').setInputFiles({
    name: '学历证书.png',
    mimeType: 'image/png',
    buffer: makePng(200, 280, [30, 160, 60]),
  });
  await expect(page.getByRole('list', { name: '已上传的文件' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('link', { name: '返回材料列表' }).click();
  await page.getByRole('button', { name: '下一步：提交申报' }).click();

  await expect(page.getByText(/可以提交单位审核/)).toBeVisible();
  await expect(page.getByRole('region', { name: '基本申报信息' })).toBeVisible();
  await submitFromStep4(page);

  // Locked: a section shows read-only.
  await page.goto(`/applicant/applications/${id}/sections/selfEvaluation`);
  await expect(page.getByText('申报当前状态为“待单位审核”，本栏目只能查看，不能修改。')).toBeVisible();

  // Withdraw from the home list: editable again.
  await page.goto('/applicant');
  const inProgress = page.getByRole('table', { name: '申报中' });
  const row = inProgress.getByRole('row').filter({ hasText: '高级工程师' });
  await expect(row).toContainText('待单位审核');
  await row.getByRole('button', { name: '撤回' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认撤回' }).click();
  await expect(row).toContainText('填报中');
  await expect(row.getByRole('link', { name: '继续申报' })).toBeVisible();

  // Edit a section, then submit again.
  await page.goto(`/applicant/applications/${id}/sections/selfEvaluation`);
  const text = page.getByRole('textbox', { name: '自我评价' });
  await expect(text).toBeEditable();
  await text.fill('撤回后补充的自我评价：工作认真负责。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/已保存/).first()).toBeVisible();

  await page.goto(`/applicant/applications/${id}/submit`);
  await expect(page.getByText('撤回后补充的自我评价：工作认真负责。')).toBeVisible();
  await submitFromStep4(page);

  // 查看进度: the creation, submit, withdraw, submit, then the five stages still to come, greyed.
  await page.goto('/applicant');
  await row.getByRole('link', { name: /查看进度/ }).click();
  await expect(page).toHaveTitle('查看进度 - 职称申报');
  const timeline = page.locator('.ant-timeline');
  await expect(timeline.locator('.ant-timeline-item')).toHaveCount(9);
  await expect(timeline.locator('.ant-timeline-item').first()).toContainText('创建申报');
  await expect(timeline.locator('.timeline-upcoming')).toHaveCount(5);
  await expect(timeline.locator('.timeline-upcoming').first()).toContainText('待进行');
  await expect(timeline).toContainText('提交单位审核 → 待单位审核');
  await expect(timeline).toContainText('撤回 → 填报中');
  await expect(timeline).toContainText(`申报个人 ${applicant.name}`);
});
