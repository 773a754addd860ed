import { screen, waitFor, within } from '@testing-library/react';
import type { ApplicantImportReport } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meFor, sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const report: ApplicantImportReport = {
  created: 2,
  skipped: 1,
  errors: [{ row: 5, message: '身份证号：身份证号校验位不正确，请核对' }],
  accounts: [
    { row: 2, username: 'zhangsan01', name: '张三', initialPassword: 'Kq7mPz3xWb9T' },
    { row: 3, username: 'lisi2026', name: '李,四', initialPassword: 'Hn4rYt8cVd2S' },
  ],
  skippedRows: [{ row: 4, username: 'wangwu01' }],
};

const { createObjectURL, revokeObjectURL } = URL;

/** The applicants page with an empty list; counts how often the list loads and captures the uploads. */
function openPage(answer: () => Response = () => HttpResponse.json(report)) {
  const lists: string[] = [];
  const uploads: { file: File | null; contentType: string | null }[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('unit_admin'))),
    http.get(api('/unit/applicants'), ({ request }) => {
      lists.push(request.url);
      return HttpResponse.json({ items: [], nextCursor: null, total: 0 });
    }),
    http.post(api('/unit/applicants/import'), async ({ request }) => {
      const contentType = request.headers.get('Content-Type');
      uploads.push({ file: (await request.formData()).get('file') as File | null, contentType });
      return answer();
    }),
  );
  const view = renderApp('/unit/applicants', { session: sessionFor('unit_admin') });
  return { ...view, lists, uploads };
}

/** Saved downloads: the name and the Blob handed to the browser. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      last = blob;
      return 'blob:import';
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(), and text() would drop the BOM). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function openImport(user: ReturnType<typeof openPage>['user']) {
  await user.click(await screen.findByRole('button', { name: /批量导入/ }, { timeout: 15_000 }));
  return screen.findByRole('dialog', { name: '批量导入申报人员' });
}

/** The confirmation on top of the import dialog (antd's confirm dialogs carry no accessible name). */
async function confirmDialog() {
  await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
  const confirm = screen.getAllByRole('dialog').at(-1) as HTMLElement;
  expect(confirm).toHaveTextContent('还没有下载账号清单');
  return confirm;
}

const fileInput = (dialog: HTMLElement) => dialog.querySelector('input[type="file"]') as HTMLInputElement;
const csv = (text: string, name = '申报人员.csv') => new File([text], name, { type: 'text/csv' });

// The first test also waits for the lazy routes to be transformed.
describe('批量导入申报人员', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('downloads the template through the signed-in transport', async () => {
    server.use(
      http.get(api('/unit/applicants/import-template.csv'), ({ request }) => {
        expect(request.headers.get('Authorization')).toBe('Bearer token-unit_admin');
        return new HttpResponse('\uFEFF姓名,账号,身份证号\r\n', { headers: { 'Content-Type': 'text/csv' } });
      }),
    );
    const saved = captureDownloads();
    const { user } = openPage();
    const dialog = await openImport(user);
    expect(dialog).toHaveTextContent('6–14 位字母或数字');
    await user.click(within(dialog).getByRole('button', { name: /下载模板/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('申报人员导入模板.csv');
    expect(await saved[0]?.blob.text()).toContain('姓名,账号,身份证号');
  });

  it('uploads the chosen file and shows every row: passwords once, errors and skipped rows with their lines', async () => {
    const { user, lists, uploads } = openPage();
    const dialog = await openImport(user);
    await waitFor(() => expect(lists).toHaveLength(1));
    expect(within(dialog).getByRole('button', { name: '开始导入' })).toBeDisabled();
    await user.upload(fileInput(dialog), csv('姓名,账号,身份证号\r\n张三,zhangsan01,11010519491231002X\r\n'));
    expect(within(dialog).getByTestId('import-file-name')).toHaveTextContent('申报人员.csv');
    await user.click(within(dialog).getByRole('button', { name: '开始导入' }));

    expect(
      await within(dialog).findByText('导入完成：新建 2 个账号，跳过 1 个已有账号，1 行未导入。'),
    ).toBeVisible();
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(await uploads[0]?.file?.text()).toContain('zhangsan01,11010519491231002X');
    // The list behind the dialog loads again.
    await waitFor(() => expect(lists).toHaveLength(2));

    const accounts = within(dialog).getByRole('region', { name: '新建的账号（2）' });
    const zhang = within(accounts).getByText('zhangsan01').closest('tr') as HTMLElement;
    expect(zhang).toHaveTextContent('2张三zhangsan01Kq7mPz3xWb9T');
    expect(accounts).toHaveTextContent('初始密码只显示这一次，关闭后无法再查看');
    const errors = within(dialog).getByRole('region', { name: '未导入的行（1）' });
    expect(
      within(errors).getByText('身份证号：身份证号校验位不正确，请核对').closest('tr'),
    ).toHaveTextContent(/^5/);
    const skipped = within(dialog).getByRole('region', { name: '已有账号，已跳过（1）' });
    expect(within(skipped).getByText('wangwu01').closest('tr')).toHaveTextContent(/^4/);
  });

  it('builds the account list as a CSV with BOM from the report; closing after it asks nothing', async () => {
    const saved = captureDownloads();
    const { user } = openPage();
    const dialog = await openImport(user);
    await user.upload(fileInput(dialog), csv('姓名,账号,身份证号\r\n'));
    await user.click(within(dialog).getByRole('button', { name: '开始导入' }));
    await user.click(await within(dialog).findByRole('button', { name: /下载账号清单/ }));

    expect(saved[0]?.name).toBe('申报人员账号清单.csv');
    const bytes = await bytesOf(saved[0]?.blob as Blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      '行号,姓名,账号,初始密码\r\n2,张三,zhangsan01,Kq7mPz3xWb9T\r\n3,"李,四",lisi2026,Hn4rYt8cVd2S\r\n',
    );
    await user.click(within(dialog).getByRole('button', { name: '完成' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('asks before closing while the passwords have not been downloaded', async () => {
    const { user } = openPage();
    const dialog = await openImport(user);
    await user.upload(fileInput(dialog), csv('姓名,账号,身份证号\r\n'));
    await user.click(within(dialog).getByRole('button', { name: '开始导入' }));
    await user.click(await within(dialog).findByRole('button', { name: '完成' }));
    const confirm = await confirmDialog();
    expect(confirm).toHaveTextContent('初始密码只显示这一次，关闭后无法再查看。确定关闭吗？');
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(1));
    expect(screen.getByRole('dialog', { name: '批量导入申报人员' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '完成' }));
    await user.click(within(await confirmDialog()).getByRole('button', { name: '仍然关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it("shows the server's refusal of the file, and refuses other files and large ones before sending", async () => {
    const { user, uploads } = openPage(() =>
      problem(400, 'import_file_invalid', '导入文件无法读取', {
        detail: '表头不正确：缺少“姓名”列。第 1 行应为 姓名、账号、身份证号（请使用导入模板）',
      }),
    );
    const dialog = await openImport(user);
    await user.upload(fileInput(dialog), csv('x', '申报人员.xlsx'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('请选择 CSV 文件（.csv）');
    await user.upload(fileInput(dialog), csv('x'.repeat(1024 * 1024 + 1)));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('文件超过 1 MB');
    expect(within(dialog).getByRole('button', { name: '开始导入' })).toBeDisabled();
    expect(uploads).toHaveLength(0);

    await user.upload(fileInput(dialog), csv('名字,账号,身份证号\r\n'));
    await user.click(within(dialog).getByRole('button', { name: '开始导入' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('表头不正确：缺少“姓名”列');
    expect(uploads).toHaveLength(1);
  });
});
