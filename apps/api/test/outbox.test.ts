import type { DomainEvent } from '@zhicheng/contracts';
import { domainEvents } from '@zhicheng/db';
import { createTestDatabase } from '@zhicheng/db/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventConsumer } from '../src/jobs/job-queue.js';
import { writeDomainEvent } from '../src/jobs/outbox.js';
import {
  createAccount,
  createCompleteApplication,
  createDraft,
  recordUnitPublicity,
} from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// The transactional outbox (ADR 0008): an event per committed change, none for a rolled-back one, each
// handed to every consumer by the relay, also when it was written while no worker ran.
function recorder(name: string) {
  const seen: DomainEvent[] = [];
  return {
    name,
    seen,
    handle: async (event: DomainEvent) => void seen.push(event),
  } satisfies EventConsumer & {
    seen: DomainEvent[];
  };
}

/** Fails each event's first delivery: its retry must not hand the event to the other consumers again. */
function flaky(name: string) {
  const attempts = new Map<string, number>();
  return {
    name,
    attempts,
    options: { retryDelaySeconds: 1 },
    async handle(event: DomainEvent) {
      const n = (attempts.get(event.id) ?? 0) + 1;
      attempts.set(event.id, n);
      if (n === 1) throw new Error('receiver down');
    },
  } satisfies EventConsumer & { attempts: Map<string, number> };
}

let t: TestApp;
const steady = recorder('steady');
const shaky = flaky('shaky');
let unit: string;
let dept: string;

beforeAll(async () => {
  t = await createTestApp({ eventConsumers: [steady, shaky] });
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const act = (id: string, token: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });

const eventsOf = (applicationId: string) =>
  t.database.db
    .select()
    .from(domainEvents)
    .where(eq(domainEvents.applicationId, applicationId))
    .orderBy(asc(domainEvents.seq));

async function waitFor(probe: () => boolean, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the outbox', () => {
  it('writes one status_changed per committed transition (and submitted on submit), delivered once', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    expect((await act(draft.id, token, { action: 'submit' })).statusCode).toBe(200);
    expect((await act(draft.id, unit, { action: 'start_review' })).statusCode).toBe(200);
    const window = await recordUnitPublicity(t, unit, [draft.id]);
    expect((await act(draft.id, unit, { action: 'approve' })).statusCode).toBe(200);
    const notice = {
      action: 'return',
      opinion: '学历证书不清晰',
      sections: ['workHistory'],
      materials: ['highest_degree'],
      correctBy: '2026-12-20',
    };
    expect((await act(draft.id, dept, notice)).statusCode).toBe(200);
    await t.app.backgroundIdle();

    const rows = await eventsOf(draft.id);
    expect(rows.map((r) => [r.type, (r.data as { action: string }).action])).toEqual([
      ['application.status_changed', 'submit'],
      ['application.submitted', 'submit'],
      ['application.status_changed', 'start_review'],
      ['application.status_changed', 'approve'],
      ['application.status_changed', 'return'],
    ]);
    expect(rows.every((r) => r.dispatchedAt !== null)).toBe(true);
    const [submitted] = rows;
    expect(submitted).toMatchObject({ applicationId: draft.id, unitId: expect.any(String) });
    expect(submitted?.data).toEqual({
      applicationId: draft.id,
      cycleId: draft.cycleId,
      unitId: submitted?.unitId,
      departmentId: submitted?.departmentId,
      committeeId: submitted?.committeeId,
      applicant: { id: userId, name: expect.any(String) },
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      outcome: null,
      actorRole: 'applicant',
      opinion: null,
      correction: null,
    });
    expect(rows.at(-1)?.data).toMatchObject({
      fromStatus: 'dept_review',
      toStatus: 'returned',
      actorRole: 'dept_reviewer',
      opinion: '学历证书不清晰',
      correction: { sections: ['workHistory'], materials: ['highest_degree'], correctBy: '2026-12-20' },
    });

    // The publicity window's event names the application it covers.
    const [recorded] = await t.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'publicity.window_recorded'));
    expect(recorded?.data).toMatchObject({
      windowId: window.id,
      stage: 'unit',
      applications: [{ applicationId: draft.id, applicant: { id: userId } }],
    });

    // Each consumer got each event once; the shaky one's failed first tries were retried on their own.
    const ids = [...rows.map((r) => r.id), recorded?.id];
    // (Deliveries are separate jobs: their order is not promised, only that each comes once.)
    const delivered = steady.seen.filter((e) => ids.includes(e.id)).map((e) => e.id);
    expect(delivered.sort()).toEqual([...ids].sort());
    await waitFor(() => ids.every((id) => shaky.attempts.get(id ?? '') === 2));
    expect(steady.seen.filter((e) => ids.includes(e.id))).toHaveLength(ids.length);
    expect([...shaky.attempts.values()].every((n) => n === 2)).toBe(true);
    expect(steady.seen.find((e) => e.id === rows[0]?.id)).toEqual({
      id: rows[0]?.id,
      type: 'application.status_changed',
      occurredAt: rows[0]?.occurredAt.toISOString(),
      data: rows[0]?.data,
    });
  });

  it('writes no event for a transition whose in-transaction check fails', async () => {
    const { token } = await createAccount(t);
    // An empty draft: the status moves, then the completeness check in the same transaction refuses.
    const draft = await createDraft(t, token);
    const refused = await act(draft.id, token, { action: 'submit' });
    expect(refused.statusCode).toBe(422);
    await t.app.backgroundIdle();
    expect(await eventsOf(draft.id)).toEqual([]);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}`,
      headers: bearer(token),
    });
    expect(status.json().status).toBe('draft');
  });
});

describe('an event written while no worker runs', () => {
  it('is delivered to its consumer after the restart', async () => {
    const database = await createTestDatabase();
    try {
      // A first process ran and stopped; then a transition committed but its process died before any
      // relay ran (written here as the services write it: in a transaction, through the outbox).
      const first = await createTestApp({ database, eventConsumers: [recorder('late')] });
      await first.close();
      const data = {
        windowId: '00000000-0000-4000-8000-000000000001',
        stage: 'unit' as const,
        startsOn: '2026-11-02',
        endsOn: '2026-11-09',
        applications: [],
      };
      const id = await database.db.transaction((tx) =>
        writeDomainEvent(tx, { type: 'publicity.window_recorded', data }, new Date('2026-11-02T01:00:00Z')),
      );

      const late = recorder('late');
      const restarted = await createTestApp({ database, eventConsumers: [late] });
      await restarted.app.backgroundIdle();
      expect(late.seen.map((e) => ({ id: e.id, type: e.type, data: e.data }))).toEqual([
        { id, type: 'publicity.window_recorded', data },
      ]);
      const [row] = await database.db.select().from(domainEvents).where(eq(domainEvents.id, id));
      expect(row?.dispatchedAt).not.toBeNull();
      await restarted.close();
    } finally {
      await database.destroy();
    }
  });
});
