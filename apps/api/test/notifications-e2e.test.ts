import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { setChannels } from './notifications-fixtures.js';

// End to end (issue #15): a department's return through the API reaches the applicant through the
// outbox, the relay, the `notifications` consumer and the send jobs of the app's own queue.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });
async function act(token: string, id: string, body: Record<string, unknown>) {
  const response = await call('POST', `/applications/${id}/transitions`, token, body);
  expect(response.statusCode, response.body).toBe(200);
}

describe('a return by the department', () => {
  it('raises the unread count, names the opinion and deadline, and is sent by the chosen channel only', async () => {
    const me = await createAccount(t);
    await setChannels(t, me.userId, {
      mobile: '13598765432',
      email: 'zhang@example.cn',
      sms: false,
      emailChosen: false,
    });
    const chosen = await call('PUT', '/me/notification-preferences', me.token, { sms: true, email: false });
    expect(chosen.statusCode).toBe(200);

    const draft = await createCompleteApplication(t, me.token, me.userId);
    await act(me.token, draft.id, { action: 'submit' });
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    await act(unit, draft.id, { action: 'start_review' });
    await recordUnitPublicity(t, unit, [draft.id]);
    await act(unit, draft.id, { action: 'approve' });
    await t.app.backgroundIdle();
    const before = (await call('GET', '/notifications/unread-count', me.token)).json().unread;
    const sentBefore = t.sms.sent.length;

    await act((await loginOk(t.app, 'swjreviewer')).accessToken, draft.id, {
      action: 'return',
      opinion: '论文检索证明缺失',
      materials: ['indexed_papers'],
      correctBy: '2031-01-15',
    });
    await t.app.backgroundIdle();

    expect((await call('GET', '/notifications/unread-count', me.token)).json()).toEqual({
      unread: before + 1,
    });
    const list = (await call('GET', '/notifications', me.token)).json();
    expect(list.unread).toBe(before + 1);
    const newest = list.items.find((n: { kind: string }) => n.kind === 'application_returned');
    expect(newest).toMatchObject({ kind: 'application_returned', applicationId: draft.id, readAt: null });
    expect(newest.body).toContain('意见：论文检索证明缺失。');
    expect(newest.body).toContain('请在2031年1月15日前修改后重新提交。');

    const sms = t.sms.sent.slice(sentBefore);
    expect(sms).toEqual([{ mobile: '13598765432', text: `【职称申报】${newest.title}：${newest.body}` }]);
    expect(t.email.sent.filter((m) => m.to === 'zhang@example.cn')).toEqual([]);

    expect((await call('POST', `/notifications/${newest.id}/read`, me.token)).statusCode).toBe(200);
    expect((await call('GET', '/notifications/unread-count', me.token)).json()).toEqual({ unread: before });
  });

  it('schedules the reminder sweep daily at 08:00 China time', async () => {
    const { rows } = await t.database.executeSql(
      `select cron, timezone from pgboss.schedule where name = 'notification.reminders'`,
      [],
    );
    expect(rows).toEqual([{ cron: '0 8 * * *', timezone: 'Asia/Shanghai' }]);
  });
});
