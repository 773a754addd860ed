import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { maskPersonName } from '@zhicheng/contracts';
import { expectNoA11yViolations } from '../fixtures/axe';
import { answerTextCaptcha } from '../fixtures/captcha';
import { demoAccount } from '../fixtures/demo-accounts';
import {
  forwardToCommittee,
  passCommittee,
  publiciseResults,
  submittedApplication,
} from '../fixtures/review-api';
import { switchTo } from '../fixtures/review-ui';

test.describe.configure({ timeout: 180_000 });

test('the public 评审结果公示 page lists an open window with masked names, without login, and takes objections on its form', async ({
  page,
  request,
}) => {
  const { applicant, id } = await submittedApplication(request);
  await forwardToCommittee(request, [id]);
  await passCommittee(request, [id]);
  const window = await publiciseResults(request, [id], -1, 10);
  const masked = maskPersonName(applicant.name);

  // From the login page, with nobody signed in.
  await page.goto('/login');
  await page.getByRole('link', { name: '评审结果公示' }).click();
  await expect(page).toHaveURL(/\/publicity$/);
  await expect(page.getByRole('heading', { name: '评审结果公示', level: 1 })).toBeVisible();
  // A window per department, with its period.
  const period = page
    .getByRole('region', { name: '深圳市水务局' })
    .filter({ hasText: `公示期：${window.startsOn} 至 ${window.endsOn}` });
  const row = period.getByRole('row').filter({ hasText: masked });
  await expect(row).toContainText('高级工程师');
  await expect(page.getByText(applicant.name)).toHaveCount(0);
  await expectNoA11yViolations(page);

  // An objection: the form checks its fields, then the server checks the captcha (one guess per image).
  await row.getByRole('button', { name: `对 ${masked} 提出异议` }).click();
  const form = page.getByRole('dialog', { name: new RegExp(`提出异议：${masked.replace(/\*/g, '\\*')}`) });
  await form.getByRole('button', { name: '提交异议' }).click();
  await expect(form.getByText('请如实写明异议事实和依据，至少10个字')).toBeVisible();
  await form.getByLabel('姓名').fill('李举报');
  await form.getByLabel('联系方式').fill('13800138000');
  await form.getByLabel('异议内容').fill('该同志申报材料中的科研项目经历与实际情况不符，请核实。');
  await form.getByLabel('图形验证码').fill('zzzz');
  await form.getByRole('button', { name: '提交异议' }).click();
  await expect(form.getByText('图形验证码错误或已过期')).toBeVisible();
  await expect(form.getByLabel('异议内容')).toHaveValue(/科研项目经历/);
  await expectNoA11yViolations(page);

  // Who cannot read the image answers the text question instead (WCAG 3.3.8), and the objection is sent.
  await form.getByRole('button', { name: '换一种方式（文字题）' }).click();
  await answerTextCaptcha(form);
  await form.getByRole('button', { name: '提交异议' }).click();
  await expect(form.getByText('您的异议已提交至日常工作部门')).toBeVisible();
});

test('统计与导出 shows the cycle’s numbers with charts and exports the filter as CSV', async ({
  page,
  request,
}) => {
  const { applicant } = await submittedApplication(request);
  await switchTo(page, demoAccount('bureauadmin'));
  await page.goto('/bureau/stats');
  const total = page.locator('.ant-statistic').filter({ hasText: '申报总数' });
  await expect(total).toContainText(/\d+/);
  // The charts are drawn (SVG, ECharts loaded on demand) with the series of the table below them.
  const seriesChart = page.getByRole('img', { name: /按系列统计图表/ });
  await expect(seriesChart.locator('svg')).toBeVisible();
  await expect(seriesChart.locator('svg text').filter({ hasText: '工程技术' }).first()).toBeAttached();
  await expect(page.getByRole('img', { name: /评审漏斗图表/ }).locator('svg')).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('工程技术');
  await expectNoA11yViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^统计导出-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.split('\n')[0]).toContain('申报人,账号,身份证号');
  expect(text).toContain(applicant.name);

  // The department sees its own 统计 (no export there).
  await switchTo(page, demoAccount('swjreviewer'));
  await page.goto('/dept/stats');
  await expect(page.getByRole('img', { name: /按评委会统计图表/ }).locator('svg')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 CSV' })).toHaveCount(0);
});
