import { roles } from '@zhicheng/contracts';
import { demoAccounts } from '@zhicheng/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('role guard', () => {
  it('every demo role can log in and sees its own profile', async () => {
    const seen = new Set<string>();
    for (const account of demoAccounts) {
      const session = await loginOk(t.app, account.username);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: bearer(session.accessToken),
      });
      expect(me.json()).toMatchObject({ role: account.role, name: account.name });
      seen.add(account.role);
    }
    expect([...seen].sort()).toEqual([...roles].sort());
  });

  it('the department reviewer belongs to 深圳市水务局 and the secretary to the 水利水电 senior committee', async () => {
    const reviewer = await loginOk(t.app, 'swjreviewer');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(reviewer.accessToken),
    });
    expect(me.json().department.name).toBe('深圳市水务局');
    const secretary = await loginOk(t.app, 'slsecretary');
    const me2 = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(secretary.accessToken),
    });
    expect(me2.json().committee.name).toBe('深圳市水利水电专业高级专业技术资格评审委员会');
  });

  it('refuses bureau-only routes to every other role with 403 forbidden', async () => {
    for (const account of demoAccounts.filter((a) => a.role !== 'bureau_admin')) {
      const session = await loginOk(t.app, account.username);
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/audit-events',
        headers: bearer(session.accessToken),
      });
      expect(response.statusCode, account.username).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });

  it('lets the bureau admin page through the audit trail', async () => {
    const session = await loginOk(t.app, 'bureauadmin');
    const page1 = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-events?limit=2&action=auth.login_succeeded',
      headers: bearer(session.accessToken),
    });
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(demoAccounts.length);
    expect(body.nextCursor).toBeTruthy();
    const page2 = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-events?limit=2&action=auth.login_succeeded&cursor=${body.nextCursor}`,
      headers: bearer(session.accessToken),
    });
    expect(page2.json().items[0].id).toBeLessThan(body.items[1].id);

    const tooMany = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-events?limit=500',
      headers: bearer(session.accessToken),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toBe('limit');
  });
});
