import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  createApplicant,
  fillRequiredSections,
  makePng,
  uploadMissingMaterials,
} from '../fixtures/applicant-api';
import { type DemoAccount, demoAccount, demoPassword } from '../fixtures/demo-accounts';
import { expectVisibleFocus } from '../fixtures/focus';
import { submittedApplication, unitReviewsWithPublicity } from '../fixtures/review-api';
import { accountOf } from '../fixtures/review-ui';

// Issue #18: the wizard and a review decision completed with the keyboard alone — no click, no fill,
// only Tab, Shift+Tab, arrows, Enter, Space and typed characters — with a visible focus on the way.
test.describe.configure({ timeout: 300_000 });

const api = '/api/v1';

/** Whether `target` (or something inside it, as in antd's wrapped inputs) holds the focus. */
const holdsFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * Presses Tab until `target` has the focus, as a keyboard user walks the page; fails when `max` presses
 * never reach it (it is not in the tab order). Buttons and links must then show where the focus is.
 */
async function tabTo(page: Page, target: Locator, max = 120) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await holdsFocus(target)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Opens the focused antd Select with ↓, walks its options with ↓ until `option` is active, picks it. */
async function chooseByKeys(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  await tabTo(page, input);
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // The combobox names its listbox; an earlier select's dropdown may still be fading out beside it.
  const listbox = await input.getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listbox}"]`) });
  await expect(dropdown).toBeVisible();
  const active = dropdown.locator('.ant-select-item-option-active');
  for (let i = 0; i < 80; i++) {
    if (((await active.textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim() === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(active).toHaveText(option);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select').filter({ has: input })).toContainText(option);
}

/** Types into the field labelled `label` after tabbing to it (antd pickers take the value on Enter). */
async function typeInto(page: Page, field: Locator, text: string, confirm = false) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  if (confirm) await page.keyboard.press('Enter');
}

async function logInByKeys(page: Page, account: DemoAccount, password: string) {
  await page.goto('/login');
  await tabTo(page, page.getByLabel('用户名'));
  await page.keyboard.type(account.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${account.home}$`));
}

test('an applicant chooses, fills, uploads and submits with the keyboard alone', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  await logInByKeys(page, accountOf(applicant), applicant.password);
  await expect(page.getByRole('heading', { name: `欢迎，${applicant.name}` })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: '普通申报' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applicant\/applications\/new\?track=normal$/);
  await chooseByKeys(page, '申报系列', '工程技术');
  await chooseByKeys(page, '申报专业', '水文水资源');
  await chooseByKeys(page, '申报级别', '副高级');
  await chooseByKeys(page, '专技资格名称', '高级工程师');
  await expect(page.getByLabel('日常工作部门')).toHaveValue('深圳市水务局');
  await tabTo(page, page.getByRole('button', { name: '下一步：填写申报信息' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applicant\/applications\/[0-9a-f-]+\/sections$/);
  const appId = /applications\/([0-9a-f-]+)\/sections/.exec(page.url())?.[1] ?? '';

  // Basic info, work history and negative records through the API (sections.spec types them); the two
  // kinds of section left — a list with a row dialog, and a long text — are filled here by keyboard.
  await fillRequiredSections(request, applicant.token, appId, ['education', 'selfEvaluation']);
  await uploadMissingMaterials(request, applicant.token, appId, ['highest_degree']);
  await page.reload();
  const list = page.getByRole('table', { name: '申报信息' });
  await tabTo(page, list.getByRole('button', { name: '填报 学历学位教育情况' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2. 学历学位教育情况' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: '新增' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '新增 · 学历学位教育情况' });
  await expect(dialog).toBeVisible();
  await typeInto(page, dialog.getByLabel('起始年月'), '2000-09', true);
  await typeInto(page, dialog.getByLabel('截止年月'), '2004-07', true);
  await typeInto(page, dialog.getByLabel('毕业院校'), '河海大学');
  await typeInto(page, dialog.getByLabel('所学专业'), '水文与水资源工程');
  await chooseByKeys(page, '学历', '大学本科');
  await typeInto(page, dialog.getByLabel('学制（年）'), '4');
  await chooseByKeys(page, '学习形式', '全日制');
  await tabTo(page, dialog.getByRole('button', { name: '确定' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '学历学位教育情况' })).toContainText('河海大学');
  await tabTo(page, page.getByRole('button', { name: '保存', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^已保存 \d{2}:\d{2}$/ })).toBeVisible();

  const sectionNav = page.getByRole('navigation', { name: '申报栏目导航' });
  await tabTo(page, sectionNav.getByRole('link', { name: '22. 申报者自我评价' }));
  await page.keyboard.press('Enter');
  await typeInto(
    page,
    page.getByRole('textbox', { name: '自我评价' }),
    '从事水文水资源工作十六年，主持完成多项流域水资源调度项目。',
  );
  await tabTo(page, page.getByRole('button', { name: '保存', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^已保存 \d{2}:\d{2}$/ })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: '返回栏目列表' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: '下一步：上传申报材料' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/materials$/);
  await tabTo(page, page.getByRole('link', { name: /^上传材料：最高学历/ }));
  await page.keyboard.press('Enter');
  // The drop zone is a button: Enter opens the system file dialog, which the test answers.
  const zone = page.locator('.ant-upload[role="button"]');
  await tabTo(page, zone);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({
    name: '学历证书.png',
    mimeType: 'image/png',
    buffer: makePng(200, 280, [30, 160, 60]),
  });
  await expect(page.getByRole('list', { name: '已上传的文件' }).getByRole('listitem')).toHaveCount(1);

  await tabTo(page, page.getByRole('link', { name: '返回材料列表' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: '下一步：提交申报' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/可以提交单位审核/)).toBeVisible();
  const submit = page.getByRole('button', { name: '提交单位审核', exact: true });
  await expect(submit).toBeEnabled();
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('提交后申报将被锁定');
  await tabTo(page, confirm.getByRole('button', { name: '确认提交' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/已锁定，不能修改/)).toBeVisible();
});

test('the unit approves and the department returns with a marked section, by keyboard alone', async ({
  page,
  request,
}) => {
  const { applicant, id } = await submittedApplication(request);
  // Start and 单位公示 through the API (unit-review specs work that dialog); the decisions are typed.
  await unitReviewsWithPublicity(request, [id]);

  await logInByKeys(page, demoAccount('unitadmin'), demoPassword);
  await page.goto(`/unit/reviews?q=${encodeURIComponent(applicant.name)}`);
  await tabTo(page, page.getByRole('link', { name: `查看 ${applicant.name} 的申报` }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/unit/reviews/${id}`);
  await tabTo(page, page.getByRole('button', { name: '审核通过' }));
  await page.keyboard.press('Enter');
  const approve = page.getByRole('dialog');
  await tabTo(page, approve.getByRole('button', { name: '确认通过' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/unit\/reviews$/);

  await tabTo(page, page.getByRole('button', { name: '退出登录' }));
  await page.keyboard.press('Enter');
  await logInByKeys(page, demoAccount('swjreviewer'), demoPassword);
  await page.goto(`/dept/reviews?q=${encodeURIComponent(applicant.name)}`);
  await tabTo(page, page.getByRole('link', { name: `查看 ${applicant.name} 的申报` }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('部门审核中').first()).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: '退回修改' }));
  await page.keyboard.press('Enter');
  const back = page.getByRole('dialog');
  await typeInto(
    page,
    back.getByRole('textbox', { name: /意见/ }),
    '自我评价过于简单，请补充近五年主要业绩。',
  );
  const mark = back.getByRole('checkbox', { name: '22. 申报者自我评价' });
  await tabTo(page, mark);
  await page.keyboard.press('Space');
  await expect(mark).toBeChecked();
  await tabTo(page, back.getByRole('button', { name: '确认退回' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dept\/reviews$/);

  const mine = await request.get(`${api}/applications/${id}`, {
    headers: { Authorization: `Bearer ${applicant.token}` },
  });
  expect(((await mine.json()) as { status: string }).status).toBe('returned');
});
