import { expect, type Page, test } from '@playwright/test';
import { maskPersonName } from '@zhicheng/contracts';
import { createApplicant, createDraft, fillRequiredSections } from '../fixtures/applicant-api';
import { expectNoA11yViolations } from '../fixtures/axe';
import { demoAccount } from '../fixtures/demo-accounts';
import { forwardToCommittee, submittedApplication } from '../fixtures/review-api';
import { accountOf, switchTo } from '../fixtures/review-ui';

test.describe.configure({ timeout: 180_000 });

interface OpenedForm {
  tab: Page;
  /** What the server answered the tab (its headers: the body is gone once the tab shows the PDF). */
  contentType: string | undefined;
  size: number;
  kind: string | undefined;
  etag: string | undefined;
}

/**
 * Clicks a 预览评审表 / 打印评审表 link: a new tab opens on the review-form page, fetches the PDF and
 * then shows it (the tab's address becomes the PDF's blob: URL).
 */
async function openReviewForm(page: Page, name: RegExp): Promise<OpenedForm> {
  const opened = page.context().waitForEvent('page');
  const answered = page.context().waitForEvent('response', {
    predicate: (r) => r.url().endsWith('/review-form.pdf'),
    timeout: 60_000,
  });
  await page.getByRole('link', { name }).first().click();
  const tab = await opened;
  const response = await answered;
  expect(response.status()).toBe(200);
  const headers = response.headers();
  await expect(tab).toHaveURL(/^blob:/, { timeout: 60_000 });
  return {
    tab,
    contentType: headers['content-type'],
    size: Number(headers['content-length']),
    kind: headers['x-review-form'],
    etag: headers.etag,
  };
}

test('预览评审表 opens the watermarked preview of a draft as a PDF in a new tab', async ({
  page,
  request,
}) => {
  const applicant = await createApplicant(request);
  const id = await createDraft(request, applicant.token);
  await fillRequiredSections(request, applicant.token, id);
  await switchTo(page, accountOf(applicant), applicant.password);
  await page.goto(`/applicant/applications/${id}/sections`);

  const preview = await openReviewForm(page, /预览评审表/);
  expect(preview.contentType).toBe('application/pdf');
  expect(preview.kind).toBe('preview');
  expect(preview.size).toBeGreaterThan(10_000);
  await preview.tab.close();
});

test('after the department approved, the applicant and the unit print the same final form, and its code verifies publicly', async ({
  page,
  request,
}) => {
  const { applicant, id } = await submittedApplication(request);
  await forwardToCommittee(request, [id]);

  await switchTo(page, accountOf(applicant), applicant.password);
  await page.goto('/applicant');
  const printed = await openReviewForm(page, /打印评审表/);
  expect(printed.contentType).toBe('application/pdf');
  expect(printed.kind).toBe('final');
  await printed.tab.close();

  // The unit's review page offers the same form (the stored bytes: same size).
  await switchTo(page, demoAccount('unitadmin'));
  await page.goto(`/unit/reviews/${id}`);
  const unit = await openReviewForm(page, /打印评审表/);
  expect(unit.kind).toBe('final');
  expect(unit.etag).toBe(printed.etag);
  expect(unit.size).toBe(printed.size);
  await unit.tab.close();

  // The code printed on the form, from the application detail, checks out on the public page.
  const login = await request.post('/api/v1/auth/login', {
    data: { username: applicant.username, password: applicant.password },
  });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const detail = (await (
    await request.get(`/api/v1/applications/${id}`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { finalForm: { verificationCode: string; sha256: string } };
  const { verificationCode, sha256 } = detail.finalForm;

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.goto(`/verify/${verificationCode}`);
  await expect(page.getByText(/验证通过/)).toBeVisible();
  await expect(page.getByText(maskPersonName(applicant.name), { exact: true })).toBeVisible();
  await expect(page.getByText(applicant.name, { exact: true })).toHaveCount(0);
  await expect(page.getByText(sha256)).toBeVisible();
  expect(printed.etag).toBe(`"${sha256}"`);
  await expectNoA11yViolations(page);

  await page.getByRole('textbox', { name: '验证码' }).fill('ABCD-EFGH-JKLM-NPQR');
  await page.getByRole('button', { name: '验证' }).click();
  await expect(page.getByText('未找到该验证码对应的评审表')).toBeVisible();
});
