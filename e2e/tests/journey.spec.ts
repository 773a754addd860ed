import { expect as baseExpect, type Page, test } from '@playwright/test';
import { idNumberCheckChar, maskPersonName, orgCodeCheckChar } from '@zhicheng/contracts';
import { fillRequiredSections, makePng, uploadMissingMaterials } from '../fixtures/applicant-api';
import { type DemoAccount, demoAccount } from '../fixtures/demo-accounts';
import { choose, lastSmsCode, openReviewForm, snap } from '../fixtures/journey-ui';
import { chinaDay, publiciseResults } from '../fixtures/review-api';
import { pickDate, switchTo } from '../fixtures/review-ui';
import { submitFromStep4 } from '../fixtures/submit';
import { unitForwards } from '../fixtures/unit-review-ui';

/** Unique per run: digits from the clock and a random suffix. */
const run = `${Date.now() % 1_000_000}`.padStart(6, '0') + String(Math.floor(Math.random() * 90) + 10);
const orgBody = `J2${run.slice(0, 6)}`;
const unitName = `深圳市全流程测试${run}有限公司`;
const mobile = `137${run}`.slice(0, 11);
const id = (birth: string, serial: number) => {
  const body = `440303${birth}${String((Number(run.slice(-3)) + serial) % 1000).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
};
const admin: DemoAccount = {
  username: `jadm${run}`.slice(0, 14),
  name: '全流程管理员',
  role: 'unit_admin',
  roleLabel: '单位管理员',
  home: '/unit',
  menu: [],
};
const adminPassword = 'UnitAdmin2026j';
const applicant: DemoAccount = {
  username: `japp${run}`.slice(0, 14),
  name: `全流程申报人${run.slice(-2)}`,
  role: 'applicant',
  roleLabel: '申报个人',
  home: '/applicant',
  menu: [],
};
const initialPassword = 'FirstLogin2026j';
const applicantPassword = 'MyJourney2026j';
const api = '/api/v1';
// The journey runs on a shared 2-core machine where a page's first data can take over 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

/** Step 4's submit, once the completeness check has loaded (slow on a loaded machine). */
async function submit(page: Page) {
  await expect(page.getByRole('button', { name: '提交单位审核', exact: true })).toBeEnabled();
  await submitFromStep4(page);
}

async function tokenOf(page: Page, username: string, password: string) {
  const response = await page.request.post(`${api}/auth/login`, { data: { username, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

test('the whole journey: a new unit, its applicant through every review to 评审通过, the public 公示, the verified form and re-applying', async ({
  page,
}) => {
  test.setTimeout(600_000);
  let appId = '';

  await test.step('a new unit registers with the SMS code from the log sender', async () => {
    await page.goto('/login');
    await snap(page, '01-login.png');
    await page.getByRole('link', { name: '单位注册' }).click();
    await expect(page).toHaveTitle('单位注册 - 职称申报');
    await page.getByLabel('机构代码').fill(orgBody + orgCodeCheckChar(orgBody));
    await page.getByLabel('单位名称').fill(unitName);
    await page.getByLabel('单位社保号').fill(`SB${run}`);
    await page.getByLabel('管理员姓名').fill(admin.name);
    await page.getByLabel('管理员身份证号').fill(id('19800505', 0));
    await page.getByLabel('管理员社保电脑号').fill(`7${run}`);
    await page.getByLabel('管理员电子邮箱').fill(`journey${run}@example.com`);
    await page.getByLabel('管理员用户名').fill(admin.username);
    await page.getByLabel('管理员密码', { exact: true }).fill(adminPassword);
    await page.getByLabel('确认管理员密码').fill(adminPassword);
    await page.getByLabel('管理员电话').fill('0755-88886666');
    await page.getByLabel('管理员手机').fill(mobile);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('验证码', { exact: true }).fill(await lastSmsCode(page, mobile));
    await snap(page, '02-unit-register.png');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect(page.getByText(`单位管理员账号为 ${admin.username}`)).toBeVisible();
  });

  await test.step('its admin creates an applicant and imports two more by CSV', async () => {
    await switchTo(page, admin, adminPassword);
    await expect(page.getByText(unitName).first()).toBeVisible();
    await page.getByRole('link', { name: '申报人员' }).click();
    await page.getByRole('button', { name: '新增申报人员' }).click();
    const drawer = page.getByRole('dialog', { name: '新增申报人员' });
    await drawer.getByLabel('登录账号').fill(applicant.username);
    await drawer.getByLabel('登录密码').fill(initialPassword);
    await drawer.getByLabel('确认密码').fill(initialPassword);
    await drawer.getByLabel('用户姓名').fill(applicant.name);
    await drawer.getByLabel('身份证号').fill(id('19850303', 1));
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已新增 ${applicant.name}`)).toBeVisible();

    const rows = [
      ['姓名', '账号', '身份证号'],
      [`导入甲${run.slice(-3)}`, `jimp${run}a`.slice(0, 14), id('19870707', 2)],
      [`导入乙${run.slice(-3)}`, `jimp${run}b`.slice(0, 14), id('19890909', 3)],
    ];
    await page.getByRole('button', { name: '批量导入' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导入申报人员' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: '申报人员.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8'),
    });
    await dialog.getByRole('button', { name: '开始导入' }).click();
    await expect(dialog).toContainText('导入完成：新建 2 个账号，跳过 0 个已有账号，0 行未导入。');
    // The initial passwords show only once: the admin downloads the list before closing.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载账号清单' }).click();
    expect((await download).suggestedFilename()).toBe('申报人员账号清单.csv');
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(dialog).toBeHidden();
    for (const row of rows.slice(1)) {
      await expect(page.getByRole('row').filter({ hasText: row[1] ?? '' })).toContainText('待首次登录改密');
    }
    await snap(page, '03-unit-applicants.png');
  });

  await test.step('the applicant changes the initial password and chooses 工程技术 / 水文水资源 / 副高级 / 高级工程师', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户名').fill(applicant.username);
    await page.getByLabel('密码', { exact: true }).fill(initialPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page).toHaveURL('/account/password');
    await page.getByLabel('当前密码').fill(initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill(applicantPassword);
    await page.getByLabel('确认新密码').fill(applicantPassword);
    await page.getByRole('button', { name: '确认修改' }).click();
    await expect(page).toHaveURL('/applicant');
    await expect(page.getByRole('heading', { name: `欢迎，${applicant.name}` })).toBeVisible();
    await snap(page, '04-applicant-home.png');

    await page.getByRole('button', { name: '普通申报' }).click();
    await choose(page, '申报系列', '工程技术');
    await choose(page, '申报专业', '水文水资源');
    await choose(page, '申报级别', '副高级');
    await choose(page, '专技资格名称', '高级工程师');
    await expect(page.getByLabel('日常工作部门')).toHaveValue('深圳市水务局');
    await snap(page, '05-apply-choose.png');
    await page.getByRole('button', { name: '下一步：填写申报信息' }).click();
    await expect(page).toHaveURL(/\/applicant\/applications\/[0-9a-f-]+\/sections$/);
    appId = /applications\/([0-9a-f-]+)\/sections/.exec(page.url())?.[1] ?? '';
  });

  await test.step('fills every required section and uploads the required materials', async () => {
    // API shortcut: typing the 23 sections is sections.spec's point; here the journey needs them complete.
    const token = await tokenOf(page, applicant.username, applicantPassword);
    await fillRequiredSections(page.request, token, appId);
    // The other materials through the API; 最高学历 is uploaded in the browser below.
    await uploadMissingMaterials(page.request, token, appId, ['highest_degree']);
    await page.goto(`/applicant/applications/${appId}/sections/selfEvaluation`);
    const text = page.getByRole('textbox', { name: '自我评价' });
    await text.fill('从事水文水资源工作十六年，主持完成多项流域水资源调度与防洪规划项目。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText(/已保存/).first()).toBeVisible();
    await page.goto(`/applicant/applications/${appId}/sections`);
    await expect(page.getByRole('table', { name: '申报信息' })).toBeVisible();
    await snap(page, '06-sections.png');

    await page.goto(`/applicant/applications/${appId}/materials/highest_degree`);
    await page.locator('input[type="file"]').setInputFiles({
      name: '学历证书.png',
      mimeType: 'image/png',
      buffer: makePng(200, 280, [30, 160, 60]),
    });
    await expect(page.getByRole('list', { name: '已上传的文件' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('link', { name: '返回材料列表' }).click();
    const degree = page
      .getByRole('table', { name: '申报材料' })
      .getByRole('row')
      .filter({ hasText: '最高学历' });
    await expect(degree.getByRole('cell', { name: '是', exact: true })).toBeVisible();
    await snap(page, '07-materials.png');
  });

  await test.step('previews the review form: the PDF arrives', async () => {
    await page.goto(`/applicant/applications/${appId}/sections`);
    const preview = await openReviewForm(page, /预览评审表/);
    expect(preview.contentType).toBe('application/pdf');
    expect(preview.kind).toBe('preview');
    await preview.tab.close();
  });

  await test.step('submits, withdraws, resubmits', async () => {
    await page.goto(`/applicant/applications/${appId}/submit`);
    await expect(page.getByText(/可以提交单位审核/)).toBeVisible();
    await snap(page, '08-submit.png');
    await submit(page);
    await page.goto('/applicant');
    const row = page
      .getByRole('table', { name: '申报中' })
      .getByRole('row')
      .filter({ hasText: '高级工程师' });
    await expect(row).toContainText('待单位审核');
    await row.getByRole('button', { name: '撤回' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认撤回' }).click();
    await expect(row).toContainText('填报中');
    await page.goto(`/applicant/applications/${appId}/submit`);
    await submit(page);
  });

  await test.step('the unit records its 单位公示 and approves', async () => {
    await switchTo(page, admin, adminPassword);
    await unitForwards(page, applicant.name, appId, true, () => snap(page, '09-unit-publicity.png'));
  });

  await test.step('the department returns it with marked sections', async () => {
    await switchTo(page, demoAccount('swjreviewer'));
    await page.goto(`/dept/reviews?q=${encodeURIComponent(applicant.name)}`);
    await page.getByRole('link', { name: `查看 ${applicant.name} 的申报` }).click();
    await expect(page).toHaveURL(`/dept/reviews/${appId}`);
    await snap(page, '10-dept-review.png');
    await page.getByRole('button', { name: '退回修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /意见/ }).fill('自我评价请补充近五年主要业绩。');
    await dialog.getByRole('checkbox', { name: '22. 申报者自我评价' }).check();
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await expect(page).toHaveURL(/\/dept\/reviews/);
  });

  await test.step('the applicant fixes the marked section and resubmits', async () => {
    await switchTo(page, applicant, applicantPassword);
    await expect(page.getByRole('table', { name: '申报中' })).toContainText('退回修改');
    await page.goto(`/applicant/applications/${appId}/sections`);
    await expect(page.getByText('自我评价请补充近五年主要业绩。').first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '申报者自我评价' })).toContainText('需修改');
    await page.goto(`/applicant/applications/${appId}/sections/selfEvaluation`);
    await page
      .getByRole('textbox', { name: '自我评价' })
      .fill('近五年主持完成三项水资源调度项目，获市科技进步二等奖。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText(/已保存/).first()).toBeVisible();
    await page.goto(`/applicant/applications/${appId}/submit`);
    await submit(page);
  });

  await test.step('the unit and the department approve', async () => {
    await switchTo(page, admin, adminPassword);
    // Its 单位公示 is already over: the unit approves again without a new one.
    await unitForwards(page, applicant.name, appId, false);
    await switchTo(page, demoAccount('swjreviewer'));
    await page.goto(`/dept/reviews/${appId}`);
    await expect(page.getByText('退回修改后重新提交：修改了 1 个栏目、0 类材料。')).toBeVisible();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await expect(page).toHaveURL(/\/dept\/reviews/);
  });

  await test.step('the committee secretary enters the meeting’s votes', async () => {
    await switchTo(page, demoAccount('slsecretary'));
    await page.goto('/committee/results');
    await pickDate(page, '会议日期', chinaDay(-1));
    await page.getByRole('spinbutton', { name: '出席专家人数' }).fill('9');
    await page.getByRole('spinbutton', { name: `${applicant.name} 赞成票数` }).fill('8');
    await page.getByRole('spinbutton', { name: `${applicant.name} 反对票数` }).fill('1');
    await page.getByRole('spinbutton', { name: `${applicant.name} 弃权票数` }).fill('0');
    await expect(page.getByRole('row').filter({ hasText: applicant.name })).toContainText('通过');
    await snap(page, '11-committee-votes.png');
    await page.getByRole('button', { name: /^提交表决结果（1 份）$/ }).click();
    const results = page.getByRole('dialog', { name: '评审结果录入结果' });
    await expect(results).toContainText('成功 1 份，未办理 0 份');
    await results.getByRole('button', { name: '关闭' }).last().click();
  });

  await test.step('the department publicises the result and passes it', async () => {
    await switchTo(page, demoAccount('swjreviewer'));
    await page.goto('/dept/publicity');
    const box = page.getByRole('checkbox', { name: `选择 ${applicant.name} 的申报` });
    await box.check();
    await page.getByRole('button', { name: '评审结果公示（1）' }).click();
    const dialog = page.getByRole('dialog', { name: '评审结果公示（1 份申报）' });
    // A window open today, so the public page (it shows today's windows) lists the application.
    await pickDate(page, '公示开始日期', chinaDay(-1));
    await pickDate(page, '公示结束日期', chinaDay(12));
    await dialog.getByRole('button', { name: '登记公示' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: applicant.name });
    await expect(row).toContainText('公示中');
    // API shortcut for time passing (no test clock): a later window that is already over, which
    // 公示管理 (it goes by the latest window) and the pass rule (any ended window) accept.
    await publiciseResults(page.request, [appId], -21, -1);
    await page.reload();
    await expect(row).toContainText('已结束');
    if (!(await box.isChecked())) await box.check();
    await snap(page, '12-dept-publicity.png');
    await page.getByRole('button', { name: '公示通过（1）' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    const passed = page.getByRole('dialog', { name: '公示通过结果' });
    await expect(passed).toContainText(applicant.name);
    await passed.getByRole('button', { name: '关闭' }).last().click();
    await expect(passed).toBeHidden();
  });

  await test.step('the public 公示 page lists it with a masked name', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('link', { name: '评审结果公示' }).click();
    await expect(page.getByRole('heading', { name: '评审结果公示', level: 1 })).toBeVisible();
    const row = page
      .getByRole('region', { name: '深圳市水务局' })
      .getByRole('row')
      .filter({ hasText: maskPersonName(applicant.name) })
      .filter({ hasText: unitName });
    await expect(row.first()).toContainText('高级工程师');
    await expect(page.getByText(applicant.name)).toHaveCount(0);
    await snap(page, '13-public-publicity.png');
  });

  await test.step('the applicant sees 评审通过, downloads the final form, and its verification page confirms it', async () => {
    await switchTo(page, applicant, applicantPassword);
    await expect(page.getByText('评审通过').first()).toBeVisible();
    await snap(page, '14-applicant-passed.png');
    const printed = await openReviewForm(page, /打印评审表/);
    expect(printed.kind).toBe('final');
    await printed.tab.close();
    // API shortcut: the verification code printed on the form, read from the application detail.
    const token = await tokenOf(page, applicant.username, applicantPassword);
    const detail = (await (
      await page.request.get(`${api}/applications/${appId}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { finalForm: { verificationCode: string; sha256: string } };
    expect(printed.etag).toBe(`"${detail.finalForm.sha256}"`);
    await page.goto(`/verify/${detail.finalForm.verificationCode}`);
    await expect(page.getByText(/验证通过/)).toBeVisible();
    await expect(page.getByText(maskPersonName(applicant.name), { exact: true })).toBeVisible();
    await snap(page, '15-verify.png');
  });

  await test.step('then re-applies', async () => {
    await page.goto('/applicant');
    await expect(page.getByRole('heading', { name: `欢迎，${applicant.name}` })).toBeVisible();
    await page.getByRole('button', { name: '重新申报' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '重新申报' }).click();
    await expect(page).toHaveURL(/\/applicant\/applications\/[0-9a-f-]+\/sections$/);
    expect(page.url()).not.toContain(appId);
    await expect(page.getByRole('table', { name: '申报信息' })).toBeVisible();
  });
});
