import { Readable } from 'node:stream';
import { applicationFiles } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupOrphanObjects } from '../src/modules/materials/cleanup-job.js';
import { newObjectKey } from '../src/modules/materials/storage-keys.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import type { ObjectStorage } from '../src/storage/object-storage.js';
import { createDraft } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { multipart } from './upload-fixtures.js';

let t: TestApp;
let token: string;
let appId: string;
const storage = createLocalStorage(`/tmp/zc-test-objects-${process.pid}`);
const HOUR = 60 * 60 * 1000;

/** A PDF-headed file of exactly `size` bytes. */
/** A PDF of exactly `size` bytes (one page object, padded): uploads check that a PDF has pages. */
const pdfOf = (size: number) => {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n');
  const end = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - end.length, 0x20), end]);
};

const upload = (category: string, files: { name: string; data: Buffer }[]) => {
  const body = multipart(files);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/materials/${category}`,
    headers: { ...bearer(token), 'content-type': body.contentType },
    payload: body.payload,
  });
};
const rows = () =>
  t.database.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, appId));

beforeAll(async () => {
  // Small limits so every one of them can be reached with a few kilobytes.
  t = await createTestApp({
    config: { uploads: { maxFileBytes: 4000, maxFilesPerCategory: 3, maxBytesPerApplication: 10_000 } },
  });
  token = (await loginOk(t.app, 'applicant01')).accessToken;
  appId = (await createDraft(t, token)).id;
});
afterAll(async () => {
  await t?.close();
});

describe('upload limits from config', () => {
  it('a file one byte over the limit → 413 file_too_large; exactly at it → stored', async () => {
    const over = await upload('patent_proof', [{ name: 'big.pdf', data: pdfOf(4001) }]);
    expect(over.statusCode).toBe(413);
    expect(over.json().code).toBe('file_too_large');
    expect(await rows()).toHaveLength(0);
    expect((await upload('patent_proof', [{ name: 'ok.pdf', data: pdfOf(4000) }])).statusCode).toBe(201);
  });

  it('a full category → 400 too_many_files, and nothing of the request is kept', async () => {
    const before = await storage.list(`applications/${appId}/`);
    const tooMany = await upload('award_proof', [
      { name: '1.pdf', data: pdfOf(100) },
      { name: '2.pdf', data: pdfOf(100) },
      { name: '3.pdf', data: pdfOf(100) },
      { name: '4.pdf', data: pdfOf(100) },
    ]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().code).toBe('too_many_files');
    expect((await storage.list(`applications/${appId}/`)).sort()).toEqual(before.sort());
    expect((await upload('award_proof', [{ name: '1.pdf', data: pdfOf(100) }])).statusCode).toBe(201);
  });

  it('the application total → 413 payload_too_large', async () => {
    // 4000 + 100 stored; two more of 3000 fit, a third does not.
    expect(
      (
        await upload('research_proof', [
          { name: 'a.pdf', data: pdfOf(3000) },
          { name: 'b.pdf', data: pdfOf(2800) },
        ])
      ).statusCode,
    ).toBe(201);
    const r = await upload('technical_reports', [{ name: 'c.pdf', data: pdfOf(200) }]);
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('payload_too_large');
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${appId}/materials`,
        headers: bearer(token),
      })
    ).json();
    expect(list.totalBytes).toBe(4000 + 100 + 3000 + 2800);
  });
});

describe('over real HTTP', () => {
  it('answers 413 while the client is still sending, and closes that connection', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const body = multipart([{ name: 'huge.pdf', data: pdfOf(8 * 1024 * 1024) }]);
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/applications/${appId}/materials/indexed_papers`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': body.contentType },
      body: body.payload,
    });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { code: string }).code).toBe('file_too_large');
    // Kept alive, the connection would stay busy (and app.close waiting) until the rest had been sent.
    expect(r.headers.get('connection')).toBe('close');
  });
});

describe('orphan object cleanup', () => {
  /** The app's storage seen only under this application's prefix (other test files share the directory). */
  const scoped: ObjectStorage = {
    ...storage,
    list: async (prefix) =>
      (await storage.list(prefix)).filter((k) => k.startsWith(`applications/${appId}/`)),
  };

  it('removes an hour-old object without a row and keeps referenced and recent ones', async () => {
    const old = newObjectKey(appId, Date.now() - 2 * HOUR);
    const recent = newObjectKey(appId, Date.now() - 5 * 60 * 1000);
    await storage.put(old, Readable.from([Buffer.from('%PDF-1.4 orphan')]));
    await storage.put(recent, Readable.from([Buffer.from('%PDF-1.4 in flight')]));
    const referenced = await storage.list(`applications/${appId}/`);

    const deleted = await cleanupOrphanObjects({ db: t.database.db, storage: scoped });
    expect(deleted).toEqual([old]);
    expect(await storage.head(old)).toBeUndefined();
    expect(await storage.head(recent)).toBeDefined();

    // Two hours later the stale in-flight object goes too; objects with rows stay whatever their age.
    const later = await cleanupOrphanObjects({
      db: t.database.db,
      storage: scoped,
      now: Date.now() + 2 * HOUR,
    });
    expect(later).toEqual([recent]);
    const left = await storage.list(`applications/${appId}/`);
    expect(left.sort()).toEqual(referenced.filter((k) => k !== old && k !== recent).sort());
    expect(left.length).toBeGreaterThanOrEqual(4);
  });
});
