import { screen, waitFor, within } from '@testing-library/react';
import type { uploadedFilesSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { z } from 'zod';
import { draftApplication, ids } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { materialFile, materialList } from '../../../test/material-fixtures';
import { renderApp } from '../../../test/render-app';
import { api, problem, refreshRefused, server } from '../../../test/server';
import { setViewportWidth } from '../../../test/viewport';

const base = `/applications/${ids.application}/materials`;
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0];

/** antd's breakpoints as on a phone 375 px wide, for the rest of the test. */
function onPhone() {
  onTestFinished(setViewportWidth(375));
}

function openCategory(materials = materialList()) {
  const uploads: string[] = [];
  const orders: unknown[] = [];
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api(`/applications/${ids.application}`), () => HttpResponse.json(draftApplication())),
    http.get(api(base), () => HttpResponse.json(materials)),
    http.post(api(`${base}/highest_degree`), ({ request }) => {
      uploads.push(request.url);
      return HttpResponse.json({ items: [materialFile(9)] } satisfies z.infer<typeof uploadedFilesSchema>, {
        status: 201,
      });
    }),
    http.put(api(`${base}/highest_degree/order`), async ({ request }) => {
      const body = (await request.json()) as { fileIds: string[] };
      orders.push(body);
      // Like the server: the list comes back in the new order.
      const category = materials.categories.find((c) => c.key === 'highest_degree');
      if (category) {
        category.files = body.fileIds.flatMap((id) => category.files.filter((f) => f.id === id));
      }
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const view = renderApp(`/applicant${base}/highest_degree`, {
    session: sessionFor('applicant'),
  });
  const fileInput = async () => {
    await screen.findByText(/点击选择文件/);
    return document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  };
  return { ...view, uploads, orders, fileInput };
}

describe('上传材料 category page', () => {
  it('refuses a file that is not JPEG, PNG or PDF by its bytes, before sending it', async () => {
    const { user, uploads, fileInput } = openCategory();
    const renamedExe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], '学历.pdf', {
      type: 'application/pdf',
    });
    await user.upload(await fileInput(), renamedExe);
    expect(await screen.findByText('「学历.pdf」不是 JPEG、PNG 或 PDF 文件，不能上传')).toBeVisible();
    expect(uploads).toHaveLength(0);
  });

  it('refuses a file over the per-file limit before sending it', async () => {
    const { user, uploads, fileInput } = openCategory(
      materialList(
        {},
        { limits: { maxFileBytes: 1024, maxFilesPerCategory: 60, maxBytesPerApplication: 4096 } },
      ),
    );
    const big = new File([new Uint8Array([...png, ...new Uint8Array(2048 - png.length)])], '扫描件.png', {
      type: 'image/png',
    });
    await user.upload(await fileInput(), big);
    expect(
      await screen.findByText('「扫描件.png」大小为 2 KB，超过单个文件 1 KB 的上限，不能上传'),
    ).toBeVisible();
    expect(uploads).toHaveLength(0);
  });

  it("shows the server's reason when it refuses an upload", async () => {
    const { user, fileInput } = openCategory();
    server.use(
      http.post(api(`${base}/highest_degree`), () =>
        problem(413, 'file_too_large', '文件过大', { detail: '单个文件不能超过 10 MB' }),
      ),
    );
    const page = new File([new Uint8Array(png)], '第一页.png', { type: 'image/png' });
    await user.upload(await fileInput(), page);
    expect(await screen.findByText('「第一页.png」上传失败：单个文件不能超过 10 MB')).toBeVisible();
  });

  it('uploads a PNG and shows its progress as done', async () => {
    const { user, uploads, fileInput } = openCategory();
    const page = new File([new Uint8Array(png)], '第一页.png', { type: 'image/png' });
    await user.upload(await fileInput(), page);
    const list = await screen.findByRole('list', { name: '上传进度' });
    await waitFor(() =>
      expect(within(list).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100'),
    );
    expect(uploads).toHaveLength(1);
  });

  it('sends the new order when a page is moved with the 上移/下移 buttons', async () => {
    const files = [materialFile(1), materialFile(2), materialFile(3)];
    const { user, orders } = openCategory(
      materialList({ highest_degree: { required: true, done: true, files } }),
    );
    const list = await screen.findByRole('list', { name: '已上传的文件' });
    expect(within(list).getByRole('button', { name: '上移 第1页.png' })).toBeDisabled();

    await user.click(within(list).getByRole('button', { name: '下移 第1页.png' }));
    await waitFor(() => expect(orders).toEqual([{ fileIds: [files[1]?.id, files[0]?.id, files[2]?.id] }]));
    // The new order shows at once.
    const names = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.file-name')?.textContent);
    expect(names).toEqual(['第2页.png', '第1页.png', '第3页.png']);

    await user.click(within(list).getByRole('button', { name: '上移 第3页.png' }));
    await waitFor(() => expect(orders).toHaveLength(2));
    expect(orders[1]).toEqual({ fileIds: [files[1]?.id, files[2]?.id, files[0]?.id] });
  });

  it('numbers files by the pages they hold: a 4-page PDF is pages 1–4, the image after it page 5', async () => {
    openCategory(
      materialList({
        highest_degree: {
          files: [
            materialFile(1, { contentType: 'application/pdf', fileName: '证书.pdf', pages: 4 }),
            materialFile(2),
            materialFile(3, { contentType: 'application/pdf', fileName: '验证.pdf', pages: 1 }),
            materialFile(4, { contentType: 'application/pdf', fileName: '附件.pdf', pages: null }),
            materialFile(5),
          ],
        },
      }),
    );
    const list = await screen.findByRole('list', { name: '已上传的文件' });
    const labels = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.file-page')?.textContent);
    expect(labels).toEqual(['第 1–4 页', '第 5 页', '第 6 页', '第 7 页起', '第 5 个文件']);
  });

  it('labels a single one-page PDF page 1', async () => {
    openCategory(
      materialList({
        highest_degree: {
          files: [materialFile(3, { contentType: 'application/pdf', fileName: '学位.pdf', pages: 1 })],
        },
      }),
    );
    const list = await screen.findByRole('list', { name: '已上传的文件' });
    expect(within(list).getByText('第 1 页')).toBeVisible();
  });

  it('shows 无需上传, not 是, for an optional category without files', async () => {
    openCategory(materialList({ highest_degree: { required: false, done: true } }));
    expect(await screen.findByText('无需上传')).toBeVisible();
    expect(screen.queryByText('是')).not.toBeInTheDocument();
  });

  it('on a phone puts 必传 and 完成状态 below the title, not beside it', async () => {
    onPhone();
    openCategory(materialList({ highest_degree: { required: true, done: false, reason: '必须上传' } }));
    const heading = await screen.findByRole('heading', { name: /最高学历/ });
    const head = heading.closest('.ant-card-head') as HTMLElement;
    expect(within(head).queryByText('必传')).not.toBeInTheDocument();
    const body = document.querySelector('.ant-card-body') as HTMLElement;
    expect(within(body).getByText('必传')).toBeVisible();
    expect(within(body).getByText('否')).toBeVisible();
  });

  it('offers no upload, reorder or delete when the application is locked', async () => {
    openCategory(materialList({ highest_degree: { files: [materialFile(1)] } }, { editable: false }));
    const list = await screen.findByRole('list', { name: '已上传的文件' });
    expect(within(list).getByRole('button', { name: /预览/ })).toBeVisible();
    expect(within(list).queryByRole('button', { name: /上移|下移|删除/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/点击选择文件/)).not.toBeInTheDocument();
  });

  it('ends a session the server revoked when an upload finds its token expired (登录已过期)', async () => {
    const { user, fileInput } = openCategory();
    server.use(
      http.post(api(`${base}/highest_degree`), () => problem(401, 'token_expired', '登录已过期，请重新登录')),
      http.post(api('/auth/refresh'), refreshRefused),
    );
    const page = new File([new Uint8Array(png)], '第一页.png', { type: 'image/png' });
    await user.upload(await fileInput(), page);
    expect(await screen.findByText('登录已过期，请重新登录')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?reason=expired');
  });

  it('ends a revoked session when a thumbnail is fetched, without trying a refresh', async () => {
    let refreshes = 0;
    openCategory(materialList({ highest_degree: { files: [materialFile(1, { hasThumbnail: true })] } }));
    server.use(
      http.get(api('/files/:id/thumbnail'), () => problem(401, 'session_expired', '会话已失效，请重新登录')),
      http.post(api('/auth/refresh'), () => {
        refreshes += 1;
        return HttpResponse.json(sessionFor('applicant', { accessToken: 'new' }));
      }),
    );
    expect(await screen.findByText('登录已过期，请重新登录')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?reason=expired');
    expect(refreshes).toBe(0);
  });
});
