import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { photoUploadedSchema } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sessionFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { appId, sectionResponse, serveApplicantApi } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';

type PhotoUploaded = z.infer<typeof photoUploadedSchema>;

// jsdom has no object URLs; the page turns the fetched image blob into one.
const created: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return `blob:photo-${created.length}`;
  };
  URL.revokeObjectURL = () => {};
});
afterAll(() => {
  created.length = 0;
});

function openBasicInfo(upload: () => Response) {
  serveApplicantApi();
  const uploads: File[] = [];
  const fileGets: string[] = [];
  server.use(
    http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
      HttpResponse.json(sectionResponse('basicInfo', { data: { name: '张三' } })),
    ),
    http.post(api(`/applications/${appId}/photo`), async ({ request }) => {
      uploads.push((await request.formData()).get('file') as File);
      return upload();
    }),
    http.get(api('/files/:id'), ({ params, request }) => {
      fileGets.push(`${params.id} ${request.headers.get('Authorization')}`);
      return new HttpResponse(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
    }),
  );
  renderApp(`/applicant/applications/${appId}/sections/basicInfo`, { session: sessionFor('applicant') });
  return { uploads, fileGets };
}

async function choose(file: File) {
  await screen.findByRole('button', { name: '照片' });
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

const png = (bytes: number) => new File([new Uint8Array(bytes)], 'me.png', { type: 'image/png' });

// The first test also waits for the lazy routes to be transformed, slow on a busy machine.
const lazyRouteTimeout = 30_000;

describe('the photo field', { timeout: lazyRouteTimeout }, () => {
  it('refuses other types and files over 2 MB before sending anything', async () => {
    const { uploads } = openBasicInfo(() =>
      HttpResponse.json({ id: 'x', contentType: 'image/png', size: 1 } satisfies PhotoUploaded, {
        status: 201,
      }),
    );
    await choose(new File(['%PDF'], 'me.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('照片须为 JPEG 或 PNG 图片')).toBeVisible();
    await choose(png(2 * 1024 * 1024 + 1));
    expect(await screen.findByText('照片不能超过 2 MB')).toBeVisible();
    expect(uploads).toHaveLength(0);
  });

  it('uploads a PNG, keeps the returned id and shows the image fetched with the token', async () => {
    const { uploads, fileGets } = openBasicInfo(() =>
      HttpResponse.json({ id: 'photo-7', contentType: 'image/png', size: 10 } satisfies PhotoUploaded, {
        status: 201,
      }),
    );
    await choose(png(10));
    expect(await screen.findByRole('img', { name: '申报人照片' })).toHaveAttribute('src', 'blob:photo-1');
    expect(uploads[0]?.size).toBe(10);
    expect(fileGets).toEqual(['photo-7 Bearer token-applicant']);
    expect(screen.getByRole('button', { name: '照片' })).toHaveTextContent('更换照片');
  });

  it("shows the server's refusal (magic bytes checked there)", async () => {
    openBasicInfo(() =>
      problem(400, 'file_type_not_allowed', '文件类型不允许', {
        detail: '照片须为 JPEG 或 PNG 图片（按文件内容判断）',
      }),
    );
    await choose(png(10));
    expect(await screen.findByText('照片须为 JPEG 或 PNG 图片（按文件内容判断）')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('img', { name: '申报人照片' })).toBeNull());
  });
});
