import { chinaDate, type ObjectionList } from '@zhicheng/contracts';
import { auditEvents, objections } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, TEST_CAPTCHA_ANSWER, type TestApp } from './helpers.js';
import {
  createForeignDepartmentReviewer,
  insertApplication,
  insertWindow,
} from './result-publicity-fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
const day = (offset: number) => chinaDate(new Date(t.clock.now().getTime() + offset * DAY));
const publicised = { status: 'publicity', reached: ['unit', 'department', 'committee'] } as const;

async function captchaId(app = t.app): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/auth/captcha' });
  expect(response.statusCode).toBe(200);
  return response.json().id;
}

const object = (payload: Record<string, unknown>, app = t.app) =>
  app.inject({ method: 'POST', url: '/api/v1/public/objections', payload });

const content = '该申报人提交的业绩材料与实际情况不符，请核实。';

/** An application in publicity and an open 评审结果公示 covering it. */
async function publicisedApplication(
  window: { startsOn: string; endsOn: string } = { startsOn: day(-1), endsOn: day(5) },
) {
  const application = await insertApplication(t, publicised);
  const opened = await insertWindow(t, { stage: 'result', ...window }, [application.id]);
  return { applicationId: application.id, windowId: opened.id };
}

const listOf = (token: string, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/objections`, headers: bearer(token) });

describe('POST /api/v1/public/objections', () => {
  it('records an objection with a valid captcha (201), audited, and the department reads it', async () => {
    const target = await publicisedApplication();
    const created = await object({
      ...target,
      name: '  热心群众  ',
      contact: '13800001111',
      content,
      captchaId: await captchaId(),
      captchaAnswer: TEST_CAPTCHA_ANSWER.toUpperCase(),
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const [stored] = await t.database.db.select().from(objections).where(eq(objections.id, id));
    expect(stored).toMatchObject({ ...target, name: '热心群众', contact: '13800001111', content });
    expect(stored?.ip).toBeTruthy();
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, target.applicationId));
    expect(audited.map((a) => a.action)).toContain('objection.received');

    t.clock.advance(1000);
    const second = await object({
      ...target,
      name: '另一位',
      contact: 'someone@example.com',
      content: `${content}（补充）`,
      captchaId: await captchaId(),
      captchaAnswer: TEST_CAPTCHA_ANSWER,
    });
    expect(second.statusCode).toBe(201);

    const dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
    const listed = await listOf(dept, target.applicationId);
    expect(listed.statusCode).toBe(200);
    const body: ObjectionList = listed.json();
    expect(body.items.map((o) => o.id)).toEqual([second.json().id, id]);
    expect(body.items[1]).toEqual({
      id,
      name: '热心群众',
      contact: '13800001111',
      content,
      createdAt: expect.any(String),
    });
    expect(listed.body).not.toContain(stored?.ip ?? 'no ip');

    const bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
    expect((await listOf(bureau, target.applicationId)).json().items).toHaveLength(2);
  });

  it('requires the captcha and checks it: missing → 400, wrong or reused → 401, nothing stored', async () => {
    const target = await publicisedApplication();
    const base = { ...target, name: '群众', contact: '13800002222', content };

    const missing = await object(base);
    expect(missing.statusCode).toBe(400);
    const paths = missing.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['captchaId', 'captchaAnswer']));

    const wrong = await object({ ...base, captchaId: await captchaId(), captchaAnswer: 'zzzz' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'captcha_invalid' });

    const notAnId = await object({ ...base, captchaId: 'not-a-captcha', captchaAnswer: TEST_CAPTCHA_ANSWER });
    expect(notAnId.statusCode).toBe(401);

    const id = await captchaId();
    expect((await object({ ...base, captchaId: id, captchaAnswer: TEST_CAPTCHA_ANSWER })).statusCode).toBe(
      201,
    );
    const reused = await object({ ...base, captchaId: id, captchaAnswer: TEST_CAPTCHA_ANSWER });
    expect(reused.statusCode).toBe(401);

    const stored = await t.database.db
      .select()
      .from(objections)
      .where(eq(objections.windowId, target.windowId));
    expect(stored).toHaveLength(1);
  });

  it('answers 400 with per-field messages for bad input', async () => {
    const target = await publicisedApplication();
    const bad = await object({
      windowId: 'x',
      applicationId: target.applicationId,
      name: ' ',
      contact: '1',
      content: '太短',
      captchaId: await captchaId(),
      captchaAnswer: TEST_CAPTCHA_ANSWER,
    });
    expect(bad.statusCode).toBe(400);
    const errors: { path: string; message: string }[] = bad.json().errors;
    expect(errors.map((e) => e.path).sort()).toEqual(['contact', 'content', 'name', 'windowId']);
    expect(errors.find((e) => e.path === 'content')?.message).toBe('异议内容至少10个字');
  });

  it('refuses a window that has ended or not begun (409), and an application not in it or a unit window (404)', async () => {
    const ended = await publicisedApplication({ startsOn: day(-10), endsOn: day(-1) });
    const future = await publicisedApplication({ startsOn: day(1), endsOn: day(8) });
    const open = await publicisedApplication();
    const elsewhere = await insertApplication(t, publicised);
    const unitReview = await insertApplication(t, { status: 'unit_review', reached: ['unit'] });
    const unitWindow = await insertWindow(t, { stage: 'unit', startsOn: day(-1), endsOn: day(5) }, [
      unitReview.id,
    ]);
    const send = async (target: { windowId: string; applicationId: string }) =>
      object({
        ...target,
        name: '群众',
        contact: '13800003333',
        content,
        captchaId: await captchaId(),
        captchaAnswer: TEST_CAPTCHA_ANSWER,
      });

    const afterEnd = await send(ended);
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().detail).toBe('该公示已结束，不能再提出异议');
    const beforeStart = await send(future);
    expect(beforeStart.statusCode).toBe(409);
    expect(beforeStart.json().detail).toContain('尚未开始');

    const notInWindow = await send({ windowId: open.windowId, applicationId: elsewhere.id });
    expect(notInWindow.statusCode).toBe(404);
    expect(notInWindow.json().detail).toContain('没有找到该公示');
    expect((await send({ windowId: unitWindow.id, applicationId: unitReview.id })).statusCode).toBe(404);

    const stored = await t.database.db.select().from(objections);
    const windows = new Set(stored.map((o) => o.windowId));
    for (const w of [ended.windowId, future.windowId, open.windowId, unitWindow.id])
      expect(windows.has(w)).toBe(false);
  });
});

describe('GET /api/v1/applications/{id}/objections', () => {
  it("is the department's and the bureau's: a foreign department gets 404, others 403", async () => {
    const target = await publicisedApplication();
    const foreign = await createForeignDepartmentReviewer(t);
    const refused = await listOf(foreign, target.applicationId);
    expect(refused.statusCode).toBe(404);
    for (const username of ['unitadmin', 'slsecretary', 'applicant01']) {
      const token = (await loginOk(t.app, username)).accessToken;
      expect((await listOf(token, target.applicationId)).statusCode).toBe(403);
    }
    const dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
    expect((await listOf(dept, target.applicationId)).json()).toEqual({ items: [] });
  });
});

describe('the per-IP rate limit', () => {
  it('answers 429 once the limit is spent', async () => {
    const limited = await createTestApp({ config: { loginRateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await object({}, limited.app)).statusCode);
      expect(codes).toEqual([400, 400, 400, 429]);
      const last = await object({}, limited.app);
      expect(last.json()).toMatchObject({ code: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });
});
