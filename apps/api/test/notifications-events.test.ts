import { type DomainEvent, domainEventTypes } from '@zhicheng/contracts';
import { domainEvents, notifications } from '@zhicheng/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationConsumer } from '../src/modules/notifications/notification-consumer.js';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { passingVotes, recordResultPublicity } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { createPipeline, setChannels } from './notifications-fixtures.js';

// Notifications to people (issue #15): the `notifications` outbox consumer tells applicants what happened,
// in the app always and by SMS / e-mail as each chose. Real transitions through the API, the real queue.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const as = async (username: string) => (await loginOk(t.app, username)).accessToken;
/** One transition, a second after the one before (the list orders by time). */
async function act(token: string, id: string, body: Record<string, unknown>) {
  t.clock.advance(1000);
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });
  if (response.statusCode !== 200) throw new Error(`${body.action} failed: ${response.body}`);
}

let mobileSequence = 0;
/** A fresh applicant with a submitted application, its contacts on file and the channels given chosen. */
async function applicant(channels: { sms: boolean; email: boolean }) {
  const account = await createAccount(t);
  mobileSequence += 1;
  const mobile = `1361234${String(1000 + mobileSequence).slice(-4)}`;
  const email = `${account.username}@example.cn`;
  await setChannels(t, account.userId, { mobile, email, sms: channels.sms, emailChosen: channels.email });
  const draft = await createCompleteApplication(t, account.token, account.userId);
  await act(account.token, draft.id, { action: 'submit' });
  return { ...account, id: draft.id, mobile, email };
}

/**
 * What the person was told: in the app (sorted by kind and title, so assertions need not follow the order
 * of the events), and what reached their phone and inbox.
 */
async function toldTo(person: { userId: string; mobile: string; email: string }) {
  await t.app.backgroundIdle();
  const rows = await t.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, person.userId))
    .orderBy(notifications.kind, notifications.title);
  return {
    inApp: rows.map((r) => ({ kind: r.kind, title: r.title, body: r.body })),
    sms: t.sms.sent.filter((m) => m.mobile === person.mobile).map((m) => m.text),
    email: t.email.sent.filter((m) => m.to === person.email).map((m) => `${m.subject}\n${m.text}`),
  };
}

async function forwardByUnit(id: string) {
  const unit = await as('unitadmin');
  await act(unit, id, { action: 'start_review' });
  await recordUnitPublicity(t, unit, [id]);
  await act(unit, id, { action: 'approve' });
}

describe('the notifications consumer', () => {
  it('tells the applicant of the 单位公示 and the approvals, by SMS only when SMS alone is chosen', async () => {
    const a = await applicant({ sms: true, email: false });
    await forwardByUnit(a.id);
    await act(await as('swjreviewer'), a.id, { action: 'approve' });
    const told = await toldTo(a);
    expect(told.inApp.map((n) => `${n.kind} ${n.title}`)).toEqual([
      'application_forwarded 单位审核通过',
      'application_forwarded 日常工作部门审核通过',
      'publicity_started 单位公示开始',
    ]);
    expect(told.inApp[0]?.body).toContain('已通过单位审核，现为“部门审核中”');
    expect(told.inApp[1]?.body).toContain('已通过日常工作部门审核，现为“评委会评审中”');
    expect(told.inApp[2]?.body).toMatch(/正在进行单位公示，公示期为\d{4}年\d{1,2}月\d{1,2}日至/);
    expect(told.sms).toHaveLength(3);
    expect(told.sms).toContainEqual(
      expect.stringMatching(/^【职称申报】单位审核通过：您申报的“.+”已通过单位审核/),
    );
    expect(told.email).toEqual([]);
  });

  it('tells of a return with the opinion, the marked sections and materials and the deadline, by e-mail only', async () => {
    const a = await applicant({ sms: false, email: true });
    await forwardByUnit(a.id);
    await act(await as('swjreviewer'), a.id, {
      action: 'return',
      opinion: '工作经历与社保记录不一致',
      sections: ['workHistory'],
      materials: ['highest_degree'],
      correctBy: '2030-12-20',
    });
    const told = await toldTo(a);
    const returned = told.inApp.find((n) => n.kind === 'application_returned');
    expect(returned).toMatchObject({ kind: 'application_returned', title: '申报被退回修改' });
    expect(returned?.body).toContain('被日常工作部门退回修改。意见：工作经历与社保记录不一致。');
    expect(returned?.body).toContain('需修改的申报信息：主要工作经历。');
    expect(returned?.body).toContain('需补正的材料：最高学历(学位)证书或最高学历(学位)证书验证证明。');
    expect(returned?.body).toContain('请在2030年12月20日前修改后重新提交。');
    expect(told.sms).toEqual([]);
    const mail = told.email.find((m) => m.startsWith('【职称申报】申报被退回修改\n'));
    expect(mail).toContain('工作经历与社保记录不一致');
    expect(mail).toContain('请登录职称申报系统查看详情：http://localhost:3000');
    expect(told.email).toHaveLength(told.inApp.length);
  });

  it('tells of a rejection with its outcome and opinion; nothing besides the app when no channel is chosen', async () => {
    const a = await applicant({ sms: false, email: false });
    const unit = await as('unitadmin');
    await act(unit, a.id, { action: 'start_review' });
    await act(unit, a.id, { action: 'reject', opinion: '不符合申报条件' });
    const told = await toldTo(a);
    expect(told.inApp).toEqual([
      {
        kind: 'application_rejected',
        title: '申报未通过',
        body: expect.stringMatching(/^您申报的“.+”单位审核不通过。意见：不符合申报条件。$/),
      },
    ]);
    expect(told).toMatchObject({ sms: [], email: [] });
  });

  it('tells of the committee’s fail, of the result publicity and of its pass (评审通过) or fail, both channels', async () => {
    const failed = await applicant({ sms: true, email: true });
    const passed = await applicant({ sms: true, email: true });
    const objected = await applicant({ sms: false, email: false });
    for (const a of [failed, passed, objected]) {
      await forwardByUnit(a.id);
      await act(await as('swjreviewer'), a.id, { action: 'approve' });
    }
    const secretary = await as('slsecretary');
    await act(secretary, failed.id, {
      action: 'committee_fail',
      opinion: '业绩不足',
      votes: { present: 11, for: 3, against: 8, abstain: 0 },
    });
    await act(secretary, passed.id, { action: 'committee_pass', votes: passingVotes });
    await act(secretary, objected.id, { action: 'committee_pass', votes: passingVotes });
    const dept = await as('swjreviewer');
    const window = await recordResultPublicity(t, dept, [passed.id, objected.id]);
    await act(dept, passed.id, { action: 'publicity_pass' });
    await act(dept, objected.id, { action: 'publicity_fail', opinion: '公示期间收到异议，经核实属实' });
    expect((await toldTo(objected)).inApp.find((n) => n.kind === 'application_rejected')?.body).toMatch(
      /^您申报的“.+”公示未通过。意见：公示期间收到异议，经核实属实。$/,
    );

    const f = await toldTo(failed);
    expect(f.inApp.find((n) => n.kind === 'application_rejected')).toMatchObject({
      kind: 'application_rejected',
      body: expect.stringContaining('评委会评审未通过。意见：业绩不足。'),
    });
    const p = await toldTo(passed);
    const kinds = p.inApp.map((n) => `${n.kind} ${n.title}`);
    expect(kinds).toContain('publicity_started 评审结果公示开始');
    expect(kinds).toContain('application_approved 评审通过');
    const [y, m, d] = window.endsOn.split('-').map(Number);
    expect(p.inApp.find((n) => n.title === '评审结果公示开始')?.body).toMatch(
      new RegExp(`公示期为\\d{4}年\\d{1,2}月\\d{1,2}日至${y}年${m}月${d}日。`),
    );
    // Each notification once by SMS and once by e-mail, nothing for the transitions the applicant made.
    expect(p.sms).toHaveLength(p.inApp.length);
    expect(p.email).toHaveLength(p.inApp.length);
    expect(p.sms).toContainEqual(expect.stringMatching(/^【职称申报】评审通过：恭喜！/));
  });

  it('says nothing of what the applicant did (submit, withdraw) nor of the unit starting its review', async () => {
    const a = await applicant({ sms: true, email: true });
    await act(a.token, a.id, { action: 'withdraw' });
    await act(a.token, a.id, { action: 'submit' });
    await act(await as('unitadmin'), a.id, { action: 'start_review' });
    expect(await toldTo(a)).toEqual({ inApp: [], sms: [], email: [] });
  });

  it('is idempotent by event id: an event handed over again adds no notification and sends nothing', async () => {
    const a = await applicant({ sms: true, email: true });
    const unit = await as('unitadmin');
    await act(unit, a.id, { action: 'start_review' });
    await act(unit, a.id, { action: 'return', opinion: '请补充材料' });
    const before = await toldTo(a);
    const [row] = await t.database.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.applicationId, a.id), eq(domainEvents.type, 'application.status_changed')))
      .orderBy(desc(domainEvents.seq))
      .limit(1);
    expect(domainEventTypes).toContain(row?.type);
    const event = {
      id: row?.id,
      type: row?.type,
      occurredAt: row?.occurredAt.toISOString(),
      data: row?.data,
    } as DomainEvent;
    const pipeline = createPipeline(t);
    await createNotificationConsumer({ db: t.database.db, delivery: pipeline.delivery }).handle(event);
    expect(pipeline.jobs).toEqual([]);
    expect(await toldTo(a)).toEqual(before);
    expect(before.inApp.map((n) => n.kind)).toContain('application_returned');
  });
});
