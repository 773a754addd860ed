import { expect, test } from '@playwright/test';
import { createApplicant, createDraft, makePng } from '../fixtures/applicant-api';
import { demoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

test.describe.configure({ timeout: 90_000 });

test('an applicant uploads two pages to 最高学历, reorders them and sees 完成状态 是', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  const applicationId = await createDraft(request, applicant.token);
  await logIn(
    page,
    { ...demoAccount('applicant01'), username: applicant.username, name: applicant.name },
    applicant.password,
  );

  await page.goto(`/applicant/applications/${applicationId}/materials`);
  await expect(page).toHaveTitle('上传申报材料 - 职称申报');
  const table = page.getByRole('table', { name: '申报材料' });
  const degreeRow = table.getByRole('row').filter({ hasText: '最高学历(学位)证书' });
  await expect(degreeRow).toContainText('必传');
  await expect(degreeRow.getByRole('cell', { name: '否', exact: true })).toBeVisible();
  await degreeRow.getByRole('link', { name: /上传材料/ }).click();

  await expect(page).toHaveURL(/\/materials\/highest_degree$/);
  await page.locator('input[type="file"]').setInputFiles([
    { name: '第一页.png', mimeType: 'image/png', buffer: makePng(240, 320, [220, 40, 40]) },
    { name: '第二页.png', mimeType: 'image/png', buffer: makePng(240, 320, [40, 40, 220]) },
  ]);
  const uploads = page.getByRole('list', { name: '上传进度' });
  await expect(uploads.getByRole('progressbar')).toHaveCount(2);
  for (const bar of await uploads.getByRole('progressbar').all()) {
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
  }

  const files = page.getByRole('list', { name: '已上传的文件' });
  await expect(files.getByRole('listitem')).toHaveCount(2);
  await expect(files.getByRole('img', { name: '第一页.png 的缩略图' })).toBeVisible();
  const names = () => files.locator('.file-name').allTextContents();
  const before = await names();
  expect([...before].sort()).toEqual(['第一页.png', '第二页.png']);

  // Keyboard-reachable reorder: move the first page down.
  await files.getByRole('button', { name: `下移 ${before[0]}` }).click();
  await expect.poll(names).toEqual([before[1], before[0]]);
  await page.reload();
  await expect.poll(names).toEqual([before[1], before[0]]);

  await page.getByRole('link', { name: '返回材料列表' }).click();
  await expect(degreeRow.getByRole('cell', { name: '是', exact: true })).toBeVisible();
  await expect(degreeRow).toContainText('共 2 个文件');
});
