import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDb, migrate, verifyAuditChain } from '@zhicheng/db';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createDraft,
  requiredSectionKeys,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { bearer, createTestApp, type TestApp } from './helpers.js';
import { multipart, twoPagePdf } from './upload-fixtures.js';

// docs/operations.md's backup: `pg_dump -Fc` and `pg_restore` into a fresh database, the object store
// copied beside it (here: the same local directory). The restored app must serve what people entered.
const onPostgres = Boolean(process.env.DATABASE_URL);
const run = promisify(execFile);
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

describe.skipIf(!onPostgres)('backup and restore (PostgreSQL only: PGlite is backed up as DATA_DIR)', () => {
  it('an application, its section and its file read back from a restored dump', async () => {
    const t: TestApp = await createTestApp();
    cleanups.push(() => t.close());
    const { token } = await createAccount(t);
    const { id: appId } = await createDraft(t, token);
    const key = requiredSectionKeys[0] ?? '';
    const saved = await saveSection(t, token, appId, key, sampleSection(key));
    expect(saved.statusCode).toBe(200);
    const body = multipart([{ name: '学位证.pdf', data: twoPagePdf, type: 'application/pdf' }]);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${appId}/materials/highest_degree`,
      headers: { ...bearer(token), 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(uploaded.statusCode).toBe(201);
    const fileId: string = uploaded.json().items[0].id;

    const sourceUrl = t.database.url ?? '';
    const dump = join(tmpdir(), `zc-backup-${randomBytes(4).toString('hex')}.dump`);
    cleanups.push(() => rm(dump, { force: true }));
    await run('pg_dump', ['-Fc', '--no-owner', '-f', dump, '-d', sourceUrl]);

    const restoredName = `zc_restore_${Date.now()}_${randomBytes(4).toString('hex')}`;
    const admin = new URL(sourceUrl);
    admin.pathname = '/postgres';
    await run('psql', ['-d', admin.toString(), '-qc', `create database "${restoredName}"`]);
    cleanups.push(() =>
      run('psql', ['-d', admin.toString(), '-qc', `drop database if exists "${restoredName}" with (force)`]),
    );
    const restoredUrl = new URL(sourceUrl);
    restoredUrl.pathname = `/${restoredName}`;
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', restoredUrl.toString(), dump]);

    // A new app on the restored database, as a restart would start it (migrations are a no-op).
    const restored = await createDb({ databaseUrl: restoredUrl.toString(), poolMax: 3 });
    cleanups.push(() => restored.close());
    await migrate(restored);
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true });
    const again = await createTestApp({
      database: { ...restored, url: restoredUrl.toString(), destroy: async () => {} },
    });
    cleanups.push(() => again.close());

    // The applicant's session was restored with the data: the same token still works.
    const application = await again.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${appId}`,
      headers: bearer(token),
    });
    expect(application.statusCode).toBe(200);
    expect(application.json().id).toBe(appId);
    const section = await again.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${appId}/sections/${key}`,
      headers: bearer(token),
    });
    expect(section.statusCode).toBe(200);
    expect(section.json().data).toEqual(saved.json().data);
    const file = await again.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: bearer(token),
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(twoPagePdf)).toBe(true);
  }, 120_000);
});
