import { applicationEvents, applicationSnapshots, idempotencyKeys } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, createDraft } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const transition = (appId: string, token: string, body: Record<string, unknown>, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/transitions`,
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });

const eventsOf = (appId: string) =>
  t.database.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, appId));

describe('Idempotency-Key and concurrent transitions', () => {
  it('20 parallel submits with one key make one transition and 20 identical responses', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => transition(draft.id, token, { action: 'submit' }, 'submit-once-1')),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(responses[0]?.json().status).toBe('submitted');
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(await eventsOf(draft.id)).toHaveLength(1);
    const snapshots = await t.database.db
      .select()
      .from(applicationSnapshots)
      .where(eq(applicationSnapshots.applicationId, draft.id));
    expect(snapshots).toHaveLength(1);

    // A later repeat still gets the first answer, even though submit is no longer allowed.
    const later = await transition(draft.id, token, { action: 'submit' }, 'submit-once-1');
    expect(later.statusCode).toBe(200);
    expect(later.body).toBe(responses[0]?.body);
  });

  it('refuses the same key with a different body (422) and does not act', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    expect((await transition(draft.id, token, { action: 'submit' }, 'key-2')).statusCode).toBe(200);
    const reused = await transition(draft.id, token, { action: 'withdraw' }, 'key-2');
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await eventsOf(draft.id)).toHaveLength(1);
  });

  it('replays a recorded refusal too, and keys are per user', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const first = await transition(draft.id, token, { action: 'submit' }, 'key-3');
    expect(first.statusCode).toBe(422);
    const again = await transition(draft.id, token, { action: 'submit' }, 'key-3');
    expect(again.statusCode).toBe(422);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toContain('application/problem+json');

    const other = await createAccount(t);
    const otherDraft = await createDraft(t, other.token);
    const cancelled = await transition(otherDraft.id, other.token, { action: 'cancel' }, 'key-3');
    expect(cancelled.json().status).toBe('cancelled');
  });

  it('lets one of two concurrent submits with different keys win; the other gets 409', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    const [a, b] = await Promise.all([
      transition(draft.id, token, { action: 'submit' }, 'tab-a'),
      transition(draft.id, token, { action: 'submit' }, 'tab-b'),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    const loser = a?.statusCode === 409 ? a : b;
    expect(['conflict', 'invalid_transition']).toContain(loser?.json().code);
    expect(await eventsOf(draft.id)).toHaveLength(1);
  });

  it('creates one application for parallel POST /applications with one key', async () => {
    const { token } = await createAccount(t);
    const first = await createDraft(t, token);
    await transition(first.id, token, { action: 'cancel' });
    const body = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${first.id}`, headers: bearer(token) })
    ).json();
    const payload = {
      cycleId: body.cycleId,
      track: 'normal',
      applyType: 'normal',
      seriesId: body.seriesId,
      specialtyId: body.specialtyId,
      qualificationId: body.qualificationId,
      committeeId: body.committeeId,
    };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/applications',
          headers: { ...bearer(token), 'idempotency-key': 'create-1' },
          payload,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(5).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
  });

  it('documents the header and refuses a malformed key', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const bad = await transition(draft.id, token, { action: 'cancel' }, 'has space');
    expect(bad.statusCode).toBe(400);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const params = spec.paths['/api/v1/applications/{id}/transitions'].post.parameters;
    expect(params.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain(
      'header:idempotency-key',
    );
  });

  it('forgets a key after 24 hours', async () => {
    // Last: moving the clock a day on ends every session of this file.
    const { token, username } = await createAccount(t);
    const draft = await createDraft(t, token);
    await transition(draft.id, token, { action: 'submit' }, 'key-5');
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const tomorrow = (await loginOk(t.app, username)).accessToken;
    const fresh = await transition(draft.id, tomorrow, { action: 'cancel' }, 'key-5');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().status).toBe('cancelled');
    const rows = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'key-5'));
    expect(rows).toHaveLength(1);
  });
});
