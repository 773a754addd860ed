import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedFiles } from '@zhicheng/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanupOrphanObjects } from '../src/modules/materials/cleanup-job.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import type { ObjectStorage } from '../src/storage/object-storage.js';
import { createS3Storage } from '../src/storage/s3-storage.js';
import { createDraft } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { image, multipart, twoPagePdf } from './upload-fixtures.js';

/**
 * quality.md Reliability: storage down → a clear 503 and no row pointing at a missing object; a crash
 * between storing an object and writing its row leaves at most an orphan that the cleanup job removes.
 * The app's store is local disk that can be switched to "unreachable": then every call goes to the S3
 * driver at a closed port, so the real driver decides what an outage is.
 */
const root = mkdtempSync(join(tmpdir(), 'zc-faults-'));
const local = createLocalStorage(root);
const unreachable = createS3Storage({
  bucket: 'gone',
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:9',
  forcePathStyle: true,
  accessKeyId: 'a',
  secretAccessKey: 'b',
});
const fault = { down: false, crashed: false };
const current = () => (fault.down ? unreachable : local);
const storage: ObjectStorage = {
  put: (...args) => current().put(...args),
  get: (key) => current().get(key),
  head: (key) => current().head(key),
  // A crashed process never gets to tidy up after itself.
  delete: async (key) => (fault.crashed ? undefined : current().delete(key)),
  list: (prefix) => current().list(prefix),
  ping: () => current().ping(),
};

let t: TestApp;
let token: string;
let appId: string;
const materialsUrl = () => `/api/v1/applications/${appId}/materials/indexed_papers`;

function upload(url: string, body: ReturnType<typeof multipart>) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...bearer(token), 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function objectCount() {
  return (await local.list(`applications/${appId}/`)).length;
}

async function storedRowCount() {
  const rows = await t.database.db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(sql`${storedFiles.storageKey} like ${`applications/${appId}/%`}`);
  return rows.length;
}

beforeAll(async () => {
  t = await createTestApp({ storage });
  token = (await loginOk(t.app, 'applicant01')).accessToken;
  appId = (await createDraft(t, token)).id;
});
beforeEach(() => {
  fault.down = false;
  fault.crashed = false;
});
afterAll(async () => {
  await t?.close();
  rmSync(root, { recursive: true, force: true });
});

function expectStorageUnavailable(response: Awaited<ReturnType<typeof upload>>) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.json()).toMatchObject({
    code: 'service_unavailable',
    detail: '文件存储暂时不可用，请稍后再试',
  });
}

describe('object store unreachable', () => {
  it('answers an upload with 503 and Retry-After, and leaves no row and no object', async () => {
    fault.down = true;
    const material = await upload(materialsUrl(), multipart([{ name: '论文.pdf', data: twoPagePdf }]));
    expectStorageUnavailable(material);
    const photo = await upload(
      `/api/v1/applications/${appId}/photo`,
      multipart([{ name: '照片.jpg', data: await image('jpeg') }]),
    );
    expectStorageUnavailable(photo);

    fault.down = false;
    expect(await storedRowCount()).toBe(0);
    expect(await objectCount()).toBe(0);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${appId}/materials`,
      headers: bearer(token),
    });
    expect(list.json().totalBytes).toBe(0);
  });

  it('answers a download of an existing file with 503, not 404 文件内容不存在', async () => {
    const stored = await upload(materialsUrl(), multipart([{ name: '论文.pdf', data: twoPagePdf }]));
    expect(stored.statusCode).toBe(201);
    const fileId = stored.json().items[0].id as string;

    fault.down = true;
    const down = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(token),
    });
    expectStorageUnavailable(down);

    fault.down = false;
    const back = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(token),
    });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(twoPagePdf)).toBe(true);
  });
});

describe('a crash between storing an object and writing its row', () => {
  // materials-limits.test.ts ("orphan object cleanup") proves the job's age and reference rules on
  // objects put by hand; this proves an interrupted upload really leaves only such an orphan.
  it('leaves an orphan object and no row, and the cleanup job removes it', async () => {
    const before = new Set(await local.list(`applications/${appId}/`));
    // The row write fails after the object is stored (the database shuts down: 57P01), and the process
    // "dies" before it can delete the object.
    // One statement per call: PGlite's extended protocol takes no multi-statement strings.
    await t.database.db.execute(
      sql.raw(`create or replace function zc_fault_crash() returns trigger language plpgsql as $$
        begin raise exception 'simulated shutdown' using errcode = '57P01'; end $$`),
    );
    await t.database.db.execute(
      sql.raw(
        'create trigger zc_fault_crash before insert on stored_files for each row execute function zc_fault_crash()',
      ),
    );
    fault.crashed = true;
    try {
      const crashed = await upload(materialsUrl(), multipart([{ name: '中断.pdf', data: twoPagePdf }]));
      expect(crashed.statusCode).toBe(503);
    } finally {
      fault.crashed = false;
      await t.database.db.execute(sql.raw('drop trigger zc_fault_crash on stored_files'));
      await t.database.db.execute(sql.raw('drop function zc_fault_crash()'));
    }
    const orphans = (await local.list(`applications/${appId}/`)).filter((k) => !before.has(k));
    expect(orphans).toHaveLength(1);
    const [orphan] = orphans as [string];
    expect(
      await t.database.db.select().from(storedFiles).where(eq(storedFiles.storageKey, orphan)),
    ).toHaveLength(0);

    // An hour later the hourly job finds no row using it and deletes it; the stored file with a row stays.
    const deleted = await cleanupOrphanObjects({
      db: t.database.db,
      storage,
      now: Date.now() + 2 * 3600_000,
    });
    expect(deleted).toEqual([orphan]);
    expect(await local.head(orphan)).toBeUndefined();
    expect(await local.list(`applications/${appId}/`)).toEqual([...before]);
  });
});
