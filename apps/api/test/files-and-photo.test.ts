import { applicationFiles, applications, auditEvents, storedFiles } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { image, multipart, twoPagePdf } from './upload-fixtures.js';

let t: TestApp;
let token: string;
let otherToken: string;
let appId: string;

function post(url: string, body: ReturnType<typeof multipart>, as = token) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...bearer(as), 'content-type': body.contentType },
    payload: body.payload,
  });
}

const photoUrl = () => `/api/v1/applications/${appId}/photo`;

beforeAll(async () => {
  t = await createTestApp();
  token = (await loginOk(t.app, 'applicant01')).accessToken;
  otherToken = (await loginOk(t.app, 'applicant02')).accessToken;
  appId = (await createDraft(t, token)).id;
});
afterAll(async () => {
  await t?.close();
});

describe('photo upload', () => {
  it('stores a JPEG photo, replaces it with a PNG, and keeps one photo row', async () => {
    const jpeg = await image('jpeg');
    const first = await post(photoUrl(), multipart([{ name: '照片.jpg', data: jpeg }]));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ contentType: 'image/jpeg', size: jpeg.length });

    const png = await image('png');
    const second = await post(photoUrl(), multipart([{ name: 'photo.png', data: png }]));
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ contentType: 'image/png', size: png.length });

    const rows = await t.database.db
      .select()
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, appId));
    expect(rows.map((r) => [r.category, r.fileId])).toEqual([['photo', second.json().id]]);
    // The replaced photo is no longer downloadable.
    const old = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${first.json().id}`,
      headers: bearer(token),
    });
    expect(old.statusCode).toBe(404);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'photo.uploaded'));
    expect(audit.length).toBe(2);
  });

  it('refuses a PDF or a renamed executable as a photo (400) and a photo over 2 MB (413)', async () => {
    const pdf = await post(photoUrl(), multipart([{ name: 'a.jpg', data: Buffer.from('%PDF-1.4\n%%EOF') }]));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().code).toBe('file_type_not_allowed');
    const exe = await post(
      photoUrl(),
      multipart([{ name: '证件照.png', data: Buffer.from('MZ\x90\x00rest') }]),
    );
    expect(exe.json()).toMatchObject({ status: 400, code: 'file_type_not_allowed' });
    expect(exe.json().detail).toContain('证件照.png');

    const big = Buffer.concat([await image('jpeg'), Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await post(photoUrl(), multipart([{ name: 'big.jpg', data: big }]));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('file_too_large');
  });

  it('is for the applicant of an editable application only', async () => {
    const body = multipart([{ name: 'p.jpg', data: await image('jpeg') }]);
    expect((await post(photoUrl(), body, otherToken)).statusCode).toBe(404);
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    expect((await post(photoUrl(), body, unit)).statusCode).toBe(403);

    await t.database.db.update(applications).set({ status: 'submitted' }).where(eq(applications.id, appId));
    try {
      const refused = await post(photoUrl(), body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('invalid_transition');
    } finally {
      await t.database.db.update(applications).set({ status: 'draft' }).where(eq(applications.id, appId));
    }
  });

  it('answers 400 for a request that is not multipart or has no file', async () => {
    const json = await t.app.inject({ method: 'POST', url: photoUrl(), headers: bearer(token), payload: {} });
    expect(json.statusCode).toBe(400);
    const empty = await post(photoUrl(), multipart([]));
    expect(empty.json()).toMatchObject({ status: 400, code: 'bad_request' });
  });
});

describe('file downloads', () => {
  let fileId: string;
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await image('png', 400, 300);
    const uploaded = await post(
      `/api/v1/applications/${appId}/materials/highest_degree`,
      multipart([{ name: '学位证书 第1页.png', data: bytes }]),
    );
    expect(uploaded.statusCode).toBe(201);
    fileId = uploaded.json().items[0].id;
  });

  it('streams the bytes with the type from the upload, the original name, nosniff and a private cache', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/v1/files/${fileId}`, headers: bearer(token) });
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.equals(bytes)).toBe(true);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['cache-control'])).toMatch(/^private/);
    const disposition = String(r.headers['content-disposition']);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('学位证书 第1页.png')}`);
    expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
  });

  it('sandboxes every file response, shows images inline and makes PDFs download', async () => {
    const png = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(token),
    });
    expect(png.headers['content-security-policy']).toBe('sandbox');
    expect(String(png.headers['content-disposition'])).toMatch(/^inline;/);

    // Opened directly, a PDF (or HTML behind a PDF header) must not render in the API's origin.
    const uploaded = await post(
      `/api/v1/applications/${appId}/materials/highest_degree`,
      multipart([{ name: '学位证书.pdf', data: twoPagePdf }]),
    );
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${uploaded.json().items[0].id}`,
      headers: bearer(token),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-security-policy']).toBe('sandbox');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment;/);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${appId}/materials/highest_degree/${uploaded.json().items[0].id}`,
      headers: bearer(token),
    });
  });

  it('serves a JPEG thumbnail once the worker has made it', async () => {
    await t.app.backgroundIdle();
    const thumbnail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}/thumbnail`,
      headers: bearer(token),
    });
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect(thumbnail.headers['x-content-type-options']).toBe('nosniff');
    expect(thumbnail.headers['content-security-policy']).toBe('sandbox');
    const meta = await sharp(thumbnail.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(240);
    const [row] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
    expect(row?.thumbnailKey).toBeTruthy();
  });

  it('lets reviewers in scope read it once submitted, and nobody else', async () => {
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(otherToken),
    });
    expect(other.statusCode).toBe(404);
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    // A unit does not see drafts, nor their files.
    const draft = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(unit),
    });
    expect(draft.statusCode).toBe(404);
    // As if submitted and taken into review: the unit was reached.
    await t.database.db
      .update(applications)
      .set({ status: 'unit_review', reachedUnitAt: new Date() })
      .where(eq(applications.id, appId));
    try {
      const seen = await t.app.inject({
        method: 'GET',
        url: `/api/v1/files/${fileId}`,
        headers: bearer(unit),
      });
      expect(seen.statusCode).toBe(200);
    } finally {
      await t.database.db
        .update(applications)
        .set({ status: 'draft', reachedUnitAt: null })
        .where(eq(applications.id, appId));
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/files/00000000-0000-4000-8000-000000000000',
      headers: bearer(token),
    });
    expect(missing.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/files/${fileId}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
