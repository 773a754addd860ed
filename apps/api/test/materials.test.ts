import { createHash } from 'node:crypto';
import type { ApplicationStatus, MaterialList } from '@zhicheng/contracts';
import {
  applicationFiles,
  applicationSections,
  applications,
  auditEvents,
  committees,
  storedFiles,
} from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { createDraft } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { image, multipart, twoPagePdf as pdf } from './upload-fixtures.js';

let t: TestApp;
let token: string;
let otherToken: string;
let appId: string;
let otherAppId: string;
// The directory createTestApp gives the app, opened a second time to look at what was stored.
const storage = createLocalStorage(`/tmp/zc-test-objects-${process.pid}`);

const base = (id = appId) => `/api/v1/applications/${id}/materials`;
const upload = (category: string, body: ReturnType<typeof multipart>, as = token, id = appId) =>
  t.app.inject({
    method: 'POST',
    url: `${base(id)}/${category}`,
    headers: { ...bearer(as), 'content-type': body.contentType },
    payload: body.payload,
  });
const list = async (as = token, id = appId): Promise<MaterialList> =>
  (await t.app.inject({ method: 'GET', url: base(id), headers: bearer(as) })).json();
const category = async (key: string) => (await list()).categories.find((c) => c.key === key);
const objectsOf = async (id = appId) => storage.list(`applications/${id}/`);
const rowsOf = async (id = appId) =>
  t.database.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));

beforeAll(async () => {
  t = await createTestApp();
  token = (await loginOk(t.app, 'applicant01')).accessToken;
  otherToken = (await loginOk(t.app, 'applicant02')).accessToken;
  appId = (await createDraft(t, token)).id;
  otherAppId = (await createDraft(t, otherToken)).id;
});
afterAll(async () => {
  await t?.close();
});

describe('material uploads', () => {
  it('stores JPEG, PNG and PDF in one request, in order, with SHA-256, thumbnails and page counts', async () => {
    const jpeg = await image('jpeg');
    const png = await image('png');
    const r = await upload(
      'research_proof',
      multipart([
        { name: '项目合同.jpg', data: jpeg },
        { name: 'scan.png', data: png },
        { name: '验收报告.pdf', data: pdf },
      ]),
    );
    expect(r.statusCode).toBe(201);
    const items = r.json().items;
    expect(items.map((f: { fileName: string; contentType: string }) => [f.fileName, f.contentType])).toEqual([
      ['项目合同.jpg', 'image/jpeg'],
      ['scan.png', 'image/png'],
      ['验收报告.pdf', 'application/pdf'],
    ]);
    expect(items[0].sha256).toBe(createHash('sha256').update(jpeg).digest('hex'));
    expect(items[2].size).toBe(pdf.length);

    // The worker fills in thumbnails and page counts after the upload answered.
    await t.app.backgroundIdle();
    const files = (await category('research_proof'))?.files ?? [];
    expect(files.map((f) => [f.order, f.hasThumbnail, f.pages])).toEqual([
      [0, true, null],
      [1, true, null],
      [2, false, 2],
    ]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'material.uploaded'));
    expect(audit.some((e) => e.targetId === appId)).toBe(true);
  });

  it('refuses an executable renamed to .pdf, naming it, and keeps nothing of the request', async () => {
    const objectsBefore = await objectsOf();
    const rowsBefore = await rowsOf();
    const r = await upload(
      'published_papers',
      multipart([
        { name: 'good.pdf', data: pdf },
        { name: '论文.pdf', data: Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(4000)]) },
      ]),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('file_type_not_allowed');
    expect(r.json().detail).toContain('论文.pdf');
    expect((await objectsOf()).sort()).toEqual(objectsBefore.sort());
    expect(await rowsOf()).toHaveLength(rowsBefore.length);
  });

  it('refuses files that only start like an image or a PDF, naming them, and stores nothing', async () => {
    const objectsBefore = await objectsOf();
    const rowsBefore = await rowsOf();
    const jpeg = await image('jpeg');
    const refused: [string, Buffer, RegExp][] = [
      ['头.jpg', Buffer.from([0xff, 0xd8, 0xff]), /无法作为图片读取/],
      ['半张.jpg', jpeg.subarray(0, jpeg.length >> 1), /无法作为图片读取/],
      ['图标.png', await image('png', 8, 8), /尺寸过小（8×8 像素）.*至少 16 像素/],
      [
        '网页.pdf',
        Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>'),
        /不是有效的 PDF/,
      ],
    ];
    for (const [name, data, detail] of refused) {
      const r = await upload('published_papers', multipart([{ name, data }]));
      expect(r.statusCode, name).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toBe('file_type_not_allowed');
      expect(r.json().detail).toContain(`“${name}”`);
      expect(r.json().detail).toMatch(detail);
    }
    expect((await objectsOf()).sort()).toEqual(objectsBefore.sort());
    expect(await rowsOf()).toHaveLength(rowsBefore.length);
    // The smallest image allowed passes.
    expect(
      (await upload('published_papers', multipart([{ name: '小.png', data: await image('png', 16, 16) }])))
        .statusCode,
    ).toBe(201);
    await t.app.backgroundIdle(); // its thumbnail, before the next test counts objects
  });

  it('answers 413 for an 11 MB file and stores no object and no row', async () => {
    const objectsBefore = await objectsOf();
    const rowsBefore = await rowsOf();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const r = await upload('published_books', multipart([{ name: 'book.pdf', data: big }]));
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('file_too_large');
    expect((await objectsOf()).sort()).toEqual(objectsBefore.sort());
    expect(await rowsOf()).toHaveLength(rowsBefore.length);
  });

  it('answers 400 for broken multipart, another field name, an unknown category, or no file', async () => {
    const body = multipart([{ name: 'a.pdf', data: pdf }]);
    const truncated = { ...body, payload: body.payload.subarray(0, body.payload.length - 30) };
    const broken = await upload('award_proof', truncated);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('bad_request');
    expect(
      (await upload('award_proof', multipart([{ name: 'a.pdf', data: pdf, field: 'upload' }]))).statusCode,
    ).toBe(400);
    expect((await upload('no_such_category', body)).statusCode).toBe(400);
    expect((await upload('award_proof', multipart([]))).statusCode).toBe(400);
    expect((await category('award_proof'))?.files).toEqual([]);
  });

  it('refuses uploads outside draft and returned (409), allows them when returned', async () => {
    const body = multipart([{ name: 'a.pdf', data: pdf }]);
    const setStatus = (status: ApplicationStatus) =>
      t.database.db.update(applications).set({ status }).where(eq(applications.id, appId));
    try {
      for (const status of ['submitted', 'unit_review', 'approved'] as const) {
        await setStatus(status);
        const r = await upload('teaching_proof', body);
        expect(r.statusCode, status).toBe(409);
        expect(r.json().code).toBe('invalid_transition');
      }
      await setStatus('returned');
      expect((await upload('teaching_proof', body)).statusCode).toBe(201);
    } finally {
      await setStatus('draft');
    }
  });

  it("answers 404 for another applicant's application and 403 for reviewers", async () => {
    const body = multipart([{ name: 'a.pdf', data: pdf }]);
    expect((await upload('highest_degree', body, otherToken)).statusCode).toBe(404);
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    expect((await upload('highest_degree', body, unit)).statusCode).toBe(403);
  });
});

describe('reorder and delete', () => {
  let ids: string[];

  beforeAll(async () => {
    const r = await upload(
      'highest_degree',
      multipart([
        { name: 'p1.pdf', data: pdf },
        { name: 'p2.png', data: await image('png') },
        { name: 'p3.pdf', data: pdf },
      ]),
    );
    ids = r.json().items.map((f: { id: string }) => f.id);
  });

  const order = (fileIds: string[], as = token) =>
    t.app.inject({
      method: 'PUT',
      url: `${base()}/highest_degree/order`,
      headers: bearer(as),
      payload: { fileIds },
    });

  it('reorders with exactly the category files, refuses anything else', async () => {
    const [a = '', b = '', c = ''] = ids;
    expect((await order([a, b])).statusCode).toBe(400);
    expect((await order([a, b, b])).statusCode).toBe(400);
    expect((await order([a, b, '00000000-0000-4000-8000-000000000000'])).statusCode).toBe(400);
    expect((await order([c, a, b], otherToken)).statusCode).toBe(404);
    const r = await order([c, a, b]);
    expect(r.statusCode).toBe(200);
    expect((await category('highest_degree'))?.files.map((f) => f.id)).toEqual([c, a, b]);
  });

  it('deletes a file: row and object gone, other files keep their order', async () => {
    const [, a = '', b = ''] = [ids[2], ids[0], ids[1]];
    const [row] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, a));
    const del = (id: string, as = token) =>
      t.app.inject({ method: 'DELETE', url: `${base()}/highest_degree/${id}`, headers: bearer(as) });
    expect((await del(a, otherToken)).statusCode).toBe(404);
    expect((await del(a)).statusCode).toBe(204);
    expect((await del(a)).statusCode).toBe(404);
    expect((await category('highest_degree'))?.files.map((f) => f.id)).toEqual([ids[2], b]);
    expect(await storage.head(row?.storageKey ?? '')).toBeUndefined();
    expect(await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, a))).toEqual([]);
  });

  it('keeps the object while another application (a re-application) still uses the file', async () => {
    const shared = ids[1] ?? '';
    await t.database.db
      .insert(applicationFiles)
      .values({ applicationId: otherAppId, fileId: shared, category: 'highest_degree', position: 0 });
    const [row] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, shared));
    const r = await t.app.inject({
      method: 'DELETE',
      url: `${base()}/highest_degree/${shared}`,
      headers: bearer(token),
    });
    expect(r.statusCode).toBe(204);
    expect(await storage.head(row?.storageKey ?? '')).toBeDefined();
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${shared}`,
      headers: bearer(otherToken),
    });
    expect(download.statusCode).toBe(200);
    const gone = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${shared}`,
      headers: bearer(token),
    });
    expect(gone.statusCode).toBe(404);
  });
});

describe('required flags', () => {
  const required = async () =>
    Object.fromEntries((await list()).categories.map((c) => [c.key, c.required])) as Record<string, boolean>;
  const committeeOf = async () => {
    const [row] = await t.database.db
      .select({ id: applications.committeeId })
      .from(applications)
      .where(eq(applications.id, appId));
    return row?.id ?? '';
  };

  const setPilot = async (pilot: boolean) =>
    t.database.db
      .update(committees)
      .set({ pilot })
      .where(eq(committees.id, await committeeOf()));
  let demoPilot = false;

  beforeAll(async () => {
    const [row] = await t.database.db
      .select()
      .from(committees)
      .where(eq(committees.id, await committeeOf()));
    demoPilot = row?.pilot ?? false;
    await setPilot(false);
  });
  afterAll(async () => {
    await setPilot(demoPilot);
  });

  it('only the highest degree for a non-pilot committee with nothing filled', async () => {
    const flags = await required();
    expect(
      Object.entries(flags)
        .filter(([, r]) => r)
        .map(([k]) => k),
    ).toEqual(['highest_degree']);
    const degree = await category('highest_degree');
    expect(degree?.done).toBe(true); // files were uploaded above
    expect((await category('indexed_papers'))?.done).toBe(true); // optional counts as done
  });

  it('a pilot committee requires the personal summary and the evidence of filled sections', async () => {
    await setPilot(true);
    try {
      expect((await required()).personal_summary).toBe(true);
      expect((await required()).patent_proof).toBe(false);
      await t.database.db.insert(applicationSections).values({
        applicationId: appId,
        key: 'patents',
        data: [{ name: '一种水位计' }],
        status: 'incomplete',
      });
      const summary = await category('personal_summary');
      expect(summary).toMatchObject({ required: true, done: false, reason: '试点评委会必须上传' });
      expect((await required()).patent_proof).toBe(true);
    } finally {
      await setPilot(false);
    }
    expect((await required()).patent_proof).toBe(false);
  });

  it('the innovative track requires its proof on any committee', async () => {
    expect((await required()).innovative_proof).toBe(false);
    await t.database.db.update(applications).set({ track: 'innovative' }).where(eq(applications.id, appId));
    try {
      expect(await category('innovative_proof')).toMatchObject({
        required: true,
        preApproval: true,
        done: false,
      });
    } finally {
      await t.database.db.update(applications).set({ track: 'normal' }).where(eq(applications.id, appId));
    }
  });

  it('claiming the foreign-language exemption requires the exemption proof', async () => {
    expect((await required()).foreign_language_exemption).toBe(false);
    await t.database.db.insert(applicationSections).values({
      applicationId: appId,
      key: 'foreignLanguage',
      data: { exempt: '是' },
      status: 'incomplete',
    });
    expect((await required()).foreign_language_exemption).toBe(true);
    expect((await required()).foreign_language_score).toBe(false);
    await t.database.db
      .delete(applicationSections)
      .where(
        and(eq(applicationSections.applicationId, appId), eq(applicationSections.key, 'foreignLanguage')),
      );
  });

  it('reviewers in scope read the list; others get 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: base(), headers: bearer(otherToken) })).statusCode).toBe(
      404,
    );
    const mine = await list();
    expect(mine.editable).toBe(true);
    expect(mine.limits).toEqual({
      maxFileBytes: 10 * 1024 * 1024,
      maxFilesPerCategory: 60,
      maxBytesPerApplication: 300 * 1024 * 1024,
    });
    expect(mine.categories).toHaveLength(17);
  });
});
