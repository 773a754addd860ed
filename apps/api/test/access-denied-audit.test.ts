import { auditEvents } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors/app-error.js';
import { registerErrorHandler } from '../src/errors/error-handler.js';
import { createAccount, createDraft, createForeignUnitAdmin } from './application-factory.js';
import { bearer, createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let applicationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const applicant = await createAccount(t, 'applicant');
  applicationId = (await createDraft(t, applicant.token)).id;
});
afterAll(async () => {
  await t?.close();
});

async function eventsOf(actorId: string, action: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, action)));
}

function getApplication(token: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/applications/${applicationId}`,
    headers: bearer(token),
  });
}

describe('refused access in the audit trail', () => {
  it("records a unit admin's request for another unit's application: 404 and one access.denied event", async () => {
    const foreign = await createForeignUnitAdmin(t);
    const response = await getApplication(foreign.token);
    expect(response.statusCode).toBe(404);
    const events = await eventsOf(foreign.userId, 'access.denied');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorRole: 'unit_admin',
      targetId: applicationId,
      details: { method: 'GET', route: '/api/v1/applications/:id', status: 404, code: 'not_found' },
    });
  });

  it('records a 403 of a role the route refuses, and not the 404 of an unknown path', async () => {
    const applicant = await createAccount(t, 'applicant');
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit/applicants',
      headers: bearer(applicant.token),
    });
    expect(refused.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/no-such-thing',
      headers: bearer(applicant.token),
    });
    expect(unknown.statusCode).toBe(404);
    const events = await eventsOf(applicant.userId, 'access.denied');
    expect(events.map((e) => e.details)).toEqual([
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    ]);
  });

  it('records at most 10 a minute per caller and sums up the rest once the minute is over', async () => {
    const foreign = await createForeignUnitAdmin(t);
    const responses = await Promise.all(Array.from({ length: 50 }, () => getApplication(foreign.token)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(404));
    expect(await eventsOf(foreign.userId, 'access.denied')).toHaveLength(10);
    expect(await eventsOf(foreign.userId, 'access.denied_suppressed')).toHaveLength(0);

    t.clock.advance(61_000);
    expect((await getApplication(foreign.token)).statusCode).toBe(404);
    expect(await eventsOf(foreign.userId, 'access.denied')).toHaveLength(11);
    const summaries = await eventsOf(foreign.userId, 'access.denied_suppressed');
    expect(summaries.map((e) => e.details)).toEqual([expect.objectContaining({ count: 40 })]);
  });
});

describe('a failing audit write', () => {
  it('leaves the 404 a 404', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandler(app, {
      spaFallback: false,
      deniedAccess: {
        record: () => Promise.reject(new Error('audit_events is unreachable')),
        flush: async () => {},
      },
    });
    app.addHook('onRequest', async (request) => {
      request.actor = { userId: 'u1', role: 'unit_admin' } as never;
    });
    app.get('/api/v1/applications/:id', async () => {
      throw AppError.notFound('申报不存在');
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/applications/x' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
    await app.close();
  });
});
