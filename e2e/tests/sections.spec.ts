import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { createApplicant, createDraft, type FreshApplicant, makePng } from '../fixtures/applicant-api';
import { expectNoA11yViolations } from '../fixtures/axe';
import type { DemoAccount } from '../fixtures/demo-accounts';
import { logIn } from '../fixtures/login';

test.describe.configure({ timeout: 180_000 });

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

/** Types a month or date into an antd picker and confirms it. */
async function pick(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

async function saveAndExpectComplete(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^已保存 \d{2}:\d{2}$/ })).toBeVisible();
  await expect(page.locator('.section-heading')).toContainText('已填报');
}

function asAccount(applicant: FreshApplicant): DemoAccount {
  return {
    username: applicant.username,
    name: applicant.name,
    role: 'applicant',
    roleLabel: '申报个人',
    home: '/applicant',
    menu: [],
  };
}

async function openSection(page: Page, title: string) {
  await page.getByRole('navigation', { name: '申报栏目导航' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('an applicant fills basic info with a photo, an education and a work-history row', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  const appId = await createDraft(request, applicant.token);
  await logIn(page, asAccount(applicant), applicant.password);
  await page.goto(`/applicant/applications/${appId}/sections`);
  await expect(page).toHaveTitle('填写申报信息 - 职称申报');
  const list = page.getByRole('table', { name: '申报信息' });
  await expect(list.getByRole('row')).toHaveCount(24);
  await expect(list.getByRole('row').filter({ hasText: '基本申报信息' })).toContainText('未填报');
  await expect(list.getByRole('button', { name: '填报 学历学位教育情况' })).toBeDisabled();
  // The status tags (the application's 填报中 included) and the table pass axe's contrast rules.
  await expectNoA11yViolations(page);

  await list.getByRole('button', { name: '填报 基本申报信息' }).click();
  await expect(page.getByRole('heading', { name: '1. 基本申报信息' })).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue(applicant.name);
  await page.getByLabel('出生地').fill('广东深圳');
  await choose(page, '民族', '汉族');
  await page.getByLabel('社保卡号(电脑号)').fill('123456789');
  await choose(page, '政治面貌', '群众');
  await pick(page, '参加工作时间', '2008-07');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: makePng(90, 120, [180, 200, 230]) });
  await expect(page.getByRole('img', { name: '申报人照片' })).toBeVisible();
  const years = page
    .locator('.form-field')
    .filter({ has: page.getByLabel('从事本专业或相近专业工作总年限(年)') });
  await years.getByRole('button', { name: '采用' }).click();
  await expect(page.getByLabel('从事本专业或相近专业工作总年限(年)')).toHaveValue(
    String(new Date().getFullYear() - 2008),
  );
  await page.getByLabel('现从事何专业技术工作').fill('水文水资源分析');
  await page.getByLabel('手机').fill('13800138000');
  await page.getByLabel('电子邮箱').fill('e2e@example.com');
  await saveAndExpectComplete(page);

  await openSection(page, '2. 学历学位教育情况');
  await page.getByRole('button', { name: '新增' }).click();
  let dialog = page.getByRole('dialog', { name: '新增 · 学历学位教育情况' });
  await pick(page, '起始年月', '2000-09');
  await pick(page, '截止年月', '2004-07');
  await dialog.getByLabel('毕业院校').fill('河海大学');
  await dialog.getByLabel('所学专业').fill('水文与水资源工程');
  await choose(page, '学历', '大学本科');
  await dialog.getByLabel('学制（年）').fill('4');
  await choose(page, '学习形式', '全日制');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '学历学位教育情况' })).toContainText('河海大学');
  await saveAndExpectComplete(page);

  await openSection(page, '4. 主要工作经历');
  await page.getByRole('button', { name: '新增' }).click();
  dialog = page.getByRole('dialog', { name: '新增 · 主要工作经历' });
  await pick(page, '起始年月', '2004-07');
  await pick(page, '截止年月', '2024-12');
  await dialog.getByLabel('工作单位').fill('深圳市示范水务工程设计院');
  await dialog.getByLabel('从事何专业技术工作').fill('水文分析');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await saveAndExpectComplete(page);

  await page.getByRole('link', { name: '返回栏目列表' }).click();
  for (const title of ['基本申报信息', '学历学位教育情况', '主要工作经历']) {
    await expect(list.getByRole('row').filter({ hasText: title }).first()).toContainText('已填报');
  }

  await page.reload();
  for (const title of ['基本申报信息', '学历学位教育情况', '主要工作经历']) {
    await expect(list.getByRole('row').filter({ hasText: title }).first()).toContainText('已填报');
  }
  await list.getByRole('button', { name: '填报 基本申报信息' }).click();
  await expect(page.getByLabel('出生地')).toHaveValue('广东深圳');
  await expect(page.getByRole('img', { name: '申报人照片' })).toBeVisible();
  await expectNoA11yViolations(page);
  await openSection(page, '4. 主要工作经历');
  await expect(page.getByRole('table', { name: '主要工作经历' })).toContainText('深圳市示范水务工程设计院');
});

async function openBasicInfo(context: BrowserContext, appId: string, page?: Page): Promise<Page> {
  const tab = page ?? (await context.newPage());
  await tab.goto(`/applicant/applications/${appId}/sections/basicInfo`);
  await expect(tab.getByRole('heading', { name: '1. 基本申报信息' })).toBeVisible();
  await expect(tab.getByLabel('出生地')).toBeEditable();
  return tab;
}

test('saving the same section in two tabs shows the conflict dialog, never a silent overwrite', async ({
  page,
  context,
  request,
}) => {
  const applicant = await createApplicant(request);
  const appId = await createDraft(request, applicant.token);
  await logIn(page, asAccount(applicant), applicant.password);
  const first = await openBasicInfo(context, appId, page);
  const second = await openBasicInfo(context, appId);

  await first.getByLabel('出生地').fill('第一个标签页');
  await first.getByRole('button', { name: '保存', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

  await second.getByLabel('出生地').fill('第二个标签页');
  await second.getByRole('button', { name: '保存', exact: true }).click();
  const conflict = second.getByRole('dialog', { name: '本栏目已在别处保存过' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: '用我的修改覆盖' }).click();
  await expect(conflict).toBeHidden();
  await expect(second.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

  await first.reload();
  await expect(first.getByLabel('出生地')).toHaveValue('第二个标签页');
});

test("the browser's back button asks before leaving unsaved edits: stay keeps them, leave goes back", async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  const appId = await createDraft(request, applicant.token);
  await logIn(page, asAccount(applicant), applicant.password);
  await page.goto(`/applicant/applications/${appId}/sections`);
  await page
    .getByRole('table', { name: '申报信息' })
    .getByRole('button', { name: '填报 基本申报信息' })
    .click();
  await expect(page.getByRole('heading', { name: '1. 基本申报信息' })).toBeVisible();
  await page.getByLabel('出生地').fill('未保存的出生地');

  await page.goBack();
  const prompt = page.getByRole('dialog', { name: '离开本栏目？' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: '留下继续填写' }).click();
  await expect(prompt).toBeHidden();
  await expect(page).toHaveURL(/\/sections\/basicInfo$/);
  await expect(page.getByLabel('出生地')).toHaveValue('未保存的出生地');

  await page.goBack();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: '不保存，离开', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${appId}/sections$`));
  await expect(page.getByRole('table', { name: '申报信息' })).toBeVisible();
});
