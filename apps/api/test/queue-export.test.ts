import {
  type ApplicationListItem,
  applicationExportColumns,
  maskIdNumber,
  type Role,
  statusLabels,
} from '@zhicheng/contracts';
import { auditEvents, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/lib/actor.js';
import { createQueueService } from '../src/modules/applications/queue-service.js';
import { createForeignUnitAdmin } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { QUEUE_SIZE, type QueueSeed, seedQueue, visibleTo } from './queue-fixtures.js';

// GET /applications/export.csv (#11): the queue's filter as a spreadsheet, streamed in keyset batches.
let t: TestApp;
let seed: QueueSeed;
const tokens = { unit: '', department: '', bureau: '', foreign: '', applicant: '' };

beforeAll(async () => {
  t = await createTestApp();
  seed = await seedQueue(t);
  tokens.unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  tokens.department = (await loginOk(t.app, 'swjreviewer')).accessToken;
  tokens.bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
  tokens.foreign = (await createForeignUnitAdmin(t)).token;
  tokens.applicant = (await loginOk(t.app, seed.model[0]?.username ?? '')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const exportCsv = (token: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/export.csv${query}`, headers: bearer(token) });

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

const body = (response: { rawPayload: Buffer }) => response.rawPayload.toString('utf8');
const rowsOf = (response: { rawPayload: Buffer }) => parseCsv(body(response).replace(/^\uFEFF/, '')).slice(1);
const column = (name: (typeof applicationExportColumns)[number]) => applicationExportColumns.indexOf(name);

async function listed(token: string, query = ''): Promise<ApplicationListItem[]> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/applications?limit=100${query}`,
    headers: bearer(token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('GET /applications/export.csv', () => {
  it('answers an attachment: UTF-8 with BOM, the header, CRLF records', async () => {
    const response = await exportCsv(tokens.unit);
    expect(response.statusCode, body(response)).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toMatch(
      /^职称申报-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body(response)).toMatch(new RegExp(`^\\uFEFF${applicationExportColumns.join(',')}\\r\\n`));
  });

  it('holds the unit’s queue only, in the list’s order, ID numbers masked, status in Chinese, China time', async () => {
    const response = await exportCsv(tokens.unit, '?sort=-submittedAt');
    const rows = rowsOf(response);
    const list = await listed(tokens.unit, '&sort=-submittedAt');
    expect(rows).toHaveLength(visibleTo(seed, 'unit').length);
    expect(rows.map((r) => r[column('账号')])).toEqual(list.map((a) => a.applicant.username));
    const byAccount = new Map(seed.model.map((c) => [c.username, c]));
    for (const row of rows) {
      const c = byAccount.get(row[column('账号')] ?? '');
      if (!c) throw new Error(`unknown account ${row[column('账号')]}`);
      expect(row).toHaveLength(applicationExportColumns.length);
      expect(row[column('身份证号')]).toBe(maskIdNumber(c.idNumber));
      expect(row[column('身份证号')]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(row[column('单位')]).toBe('深圳市示范水务工程设计院');
      expect(row[column('状态')]).toBe(statusLabels[c.status]);
      const at = c.submittedAt ? new Date(c.submittedAt.getTime() + 8 * 3600_000) : null;
      expect(row[column('提交时间')]).toBe(at ? at.toISOString().slice(0, 16).replace('T', ' ') : '');
    }
    for (const c of seed.model) expect(body(response)).not.toContain(c.idNumber);
    // An edge of the fixture: submitted at 00:00 China time on 4 November.
    expect(rows.map((r) => r[column('提交时间')])).toContain('2026-11-04 00:00');
  });

  it('neutralises formulas and quotes commas and quotes (RFC 4180)', async () => {
    const response = await exportCsv(tokens.unit);
    const names = rowsOf(response).map((r) => r[column('申报人')]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(names).toContain("'-2+3");
    expect(names).toContain("'+SUM(A1)");
    expect(names).toContain("'@cmd");
    expect(names).toContain('欧阳,"娜"');
    expect(body(response)).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(body(response)).toContain('"欧阳,""娜"""');
    for (const name of names) expect(name).not.toMatch(/^[=+\-@]/);
  });

  it('gives the department only what reached it, never what the unit rejected', async () => {
    const rows = rowsOf(await exportCsv(tokens.department));
    const expected = visibleTo(seed, 'department').map((c) => c.username);
    expect(rows.map((r) => r[column('账号')]).sort()).toEqual(expected.sort());
    const unitRejected = seed.model.filter((c) => c.kind === 'rejectedByUnit').map((c) => c.username);
    expect(rows.some((r) => unitRejected.includes(r[column('账号')] ?? ''))).toBe(false);
  });

  it('applies the filters and the sort of the list', async () => {
    const query = `&status=dept_review&status=returned&q=${encodeURIComponent('申报人')}&sort=name`;
    const rows = rowsOf(await exportCsv(tokens.bureau, `?${query.slice(1)}`));
    const list = await listed(tokens.bureau, query);
    expect(list.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[column('账号')])).toEqual(list.map((a) => a.applicant.username));
  });

  it('gives another tenant the header only, and refuses applicants (403)', async () => {
    const foreign = await exportCsv(tokens.foreign);
    expect(foreign.statusCode).toBe(200);
    expect(body(foreign)).toBe(`\uFEFF${applicationExportColumns.join(',')}\r\n`);
    const applicant = await exportCsv(tokens.applicant);
    expect(applicant.statusCode).toBe(403);
    expect(applicant.json().code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/applications/export.csv' })).statusCode).toBe(
      401,
    );
  });

  it('refuses bad filters before it starts (400 problem, not a broken file)', async () => {
    const response = await exportCsv(tokens.bureau, '?submittedTo=2026-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });

  it('audits who exported what', async () => {
    await exportCsv(tokens.bureau, '?status=submitted');
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'applications.exported'));
    expect(events.at(-1)).toMatchObject({
      actorRole: 'bureau_admin',
      details: { filters: { status: 'submitted' } },
    });
  });

  it('reads in keyset batches: small batches give the same file as one', async () => {
    const [bureau] = await t.database.db.select().from(users).where(eq(users.username, 'bureauadmin'));
    const actor: Actor = {
      userId: bureau?.id ?? '',
      username: 'bureauadmin',
      role: 'bureau_admin' satisfies Role,
      name: bureau?.name ?? '',
      sessionId: 'test',
      mustChangePassword: false,
      unitId: null,
      departmentId: null,
      committeeId: null,
      unit: null,
      department: null,
      committee: null,
    };
    const service = createQueueService({ db: t.database.db, clock: t.clock, exportBatchSize: 7 });
    const { lines } = await service.exportCsv(
      actor,
      { sort: 'name' },
      { ip: '127.0.0.1', requestId: 'test' },
    );
    const chunks: string[] = [];
    for await (const chunk of lines) chunks.push(chunk);
    // The header, then ten batches of at most seven rows.
    expect(chunks).toHaveLength(1 + Math.ceil(QUEUE_SIZE / 7));
    const whole = await exportCsv(tokens.bureau, '?sort=name');
    expect(chunks.join('')).toBe(body(whole));
    expect(rowsOf(whole)).toHaveLength(QUEUE_SIZE);
  });

  it('is documented as text/csv', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = doc.paths['/api/v1/applications/export.csv'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/csv']);
    // Problems are still JSON (problem+json).
    expect(Object.keys(operation.responses['400'].content)).toEqual(['application/problem+json']);
    expect(operation.security).toEqual([{ bearerAuth: [] }, { apiKey: ['applications:read'] }]);
    expect(operation.tags).toEqual(['applications']);
  });
});
