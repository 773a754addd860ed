import { auditEvents } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { createPipeline, setChannels } from './notifications-fixtures.js';

// The bell and 消息设置 (issue #15): each person reads and marks only their own notifications.
let t: TestApp;
let pipeline: ReturnType<typeof createPipeline>;

beforeAll(async () => {
  t = await createTestApp();
  pipeline = createPipeline(t);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: bearer(token) });
const post = (url: string, token: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: bearer(token) });
const putPrefs = (token: string, payload: object) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    headers: bearer(token),
    payload,
  });

/** `count` notifications for `userId`, one minute apart (the last is the newest). */
async function notify(userId: string, count: number, prefix = '消息') {
  for (let i = 1; i <= count; i++) {
    t.clock.advance(60_000);
    await pipeline.delivery.deliver([
      {
        userId,
        kind: 'deadline_reminder',
        title: `${prefix}${i}`,
        body: `正文${i}`,
        applicationId: null,
        dedupeKey: `${prefix}:${userId}:${i}`,
      },
    ]);
  }
}

describe('GET /notifications', () => {
  it('lists only the caller’s own, newest first, with total, unread and a cursor to the next page', async () => {
    const me = await createAccount(t);
    const other = await createAccount(t);
    await notify(me.userId, 3);
    await notify(other.userId, 2, '别人的');

    const first = await get('/notifications?limit=2', me.token);
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items.map((n: { title: string }) => n.title)).toEqual(['消息3', '消息2']);
    expect(page1).toMatchObject({ total: 3, unread: 3 });
    expect(page1.items[0]).toMatchObject({ kind: 'deadline_reminder', body: '正文3', readAt: null });
    expect(page1.nextCursor).toEqual(expect.any(String));

    const page2 = (await get(`/notifications?limit=2&cursor=${page1.nextCursor}`, me.token)).json();
    expect(page2.items.map((n: { title: string }) => n.title)).toEqual(['消息1']);
    expect(page2.nextCursor).toBeNull();

    expect((await get('/notifications?cursor=nonsense', me.token)).statusCode).toBe(400);
  });

  it('writes a dedupe key once: the same producer twice adds nothing', async () => {
    const me = await createAccount(t);
    await notify(me.userId, 1, '一次');
    await notify(me.userId, 1, '一次');
    expect((await get('/notifications', me.token)).json().total).toBe(1);
  });
});

describe('unread count and marking read', () => {
  it('counts unread, marks one read (idempotently) and answers 404 for another person’s', async () => {
    const me = await createAccount(t);
    const other = await createAccount(t);
    await notify(me.userId, 2);
    await notify(other.userId, 1, '别人的');
    expect((await get('/notifications/unread-count', me.token)).json()).toEqual({ unread: 2 });

    const [newest] = (await get('/notifications', me.token)).json().items;
    const read = await post(`/notifications/${newest.id}/read`, me.token);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: newest.id, readAt: t.clock.now().toISOString() });
    expect((await get('/notifications/unread-count', me.token)).json()).toEqual({ unread: 1 });

    t.clock.advance(60_000);
    const again = await post(`/notifications/${newest.id}/read`, me.token);
    expect(again.json().readAt).toBe(read.json().readAt);

    const [theirs] = (await get('/notifications', other.token)).json().items;
    const foreign = await post(`/notifications/${theirs.id}/read`, me.token);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    expect((await get('/notifications/unread-count', other.token)).json()).toEqual({ unread: 1 });
    expect(
      (await post('/notifications/00000000-0000-4000-8000-000000000000/read', me.token)).statusCode,
    ).toBe(404);
  });

  it('read-all marks every one of the caller’s, and nobody else’s', async () => {
    const me = await createAccount(t);
    const other = await createAccount(t);
    await notify(me.userId, 3);
    await notify(other.userId, 2, '别人的');
    const all = await post('/notifications/read-all', me.token);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ unread: 0 });
    expect(
      (await get('/notifications', me.token)).json().items.every((n: { readAt: unknown }) => n.readAt),
    ).toBe(true);
    expect((await get('/notifications/unread-count', other.token)).json()).toEqual({ unread: 2 });
  });
});

describe('GET|PUT /me/notification-preferences', () => {
  it('starts with both channels off and shows where messages would go', async () => {
    const me = await createAccount(t);
    const settings = await get('/me/notification-preferences', me.token);
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({ sms: false, email: false, mobile: null, emailAddress: null });
  });

  it('refuses a channel whose contact the account lacks, with a message on that field', async () => {
    const me = await createAccount(t);
    const refused = await putPrefs(me.token, { sms: false, email: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'email', message: '账号未登记电子邮箱，不能开启邮件通知' }],
    });
    const noMobile = await putPrefs(me.token, { sms: true, email: false });
    expect(noMobile.json().errors).toEqual([
      { path: 'sms', message: '账号未登记手机号码，不能开启短信通知' },
    ]);
    expect((await putPrefs(me.token, { sms: 'yes', email: false })).statusCode).toBe(400);
    expect((await get('/me/notification-preferences', me.token)).json()).toMatchObject({
      sms: false,
      email: false,
    });
  });

  it('saves the choices once the contacts are on file (the mobile masked), each change audited', async () => {
    const me = await createAccount(t);
    await setChannels(t, me.userId, {
      mobile: '13912345678',
      email: 'li@example.cn',
      sms: false,
      emailChosen: false,
    });
    const saved = await putPrefs(me.token, { sms: true, email: true });
    expect(saved.statusCode).toBe(200);
    const expected = { sms: true, email: true, mobile: '139****5678', emailAddress: 'li@example.cn' };
    expect(saved.json()).toEqual(expected);
    expect((await get('/me/notification-preferences', me.token)).json()).toEqual(expected);
    expect((await putPrefs(me.token, { sms: false, email: true })).json()).toMatchObject({
      sms: false,
      email: true,
    });
    const audited = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'account.notification_preferences_changed'),
          eq(auditEvents.targetId, me.userId),
        ),
      )
      .orderBy(auditEvents.id);
    expect(audited.map((a) => a.details)).toEqual([
      { sms: true, email: true },
      { sms: false, email: true },
    ]);
  });

  it('works for every role: the unit admin chooses SMS to the registered mobile', async () => {
    const admin = (await loginOk(t.app, 'unitadmin')).accessToken;
    const saved = await putPrefs(admin, { sms: true, email: false });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ sms: true, mobile: '138****8000' });
  });
});
