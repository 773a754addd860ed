import { type Catalog, committeeCandidates } from '@zhicheng/contracts';
import { applications, reviewCycles } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let catalog: Catalog;
let cycleId: string;
let applicant1: string;
let applicant2: string;

beforeAll(async () => {
  t = await createTestApp();
  catalog = (await t.app.inject({ method: 'GET', url: '/api/v1/catalog' })).json();
  applicant1 = (await loginOk(t.app, 'applicant01')).accessToken;
  applicant2 = (await loginOk(t.app, 'applicant02')).accessToken;
  cycleId = (
    await t.app.inject({ method: 'GET', url: '/api/v1/cycles?open=true', headers: bearer(applicant1) })
  ).json().items[0].id;
});
afterAll(async () => {
  await t?.close();
});

function pick(seriesName: string, specialtyName: string, level: string) {
  const s = catalog.series.find((x) => x.name === seriesName);
  const specialty = s?.specialties.find((x) => x.name === specialtyName);
  const qualification = s?.qualifications.find((x) => x.level === level);
  if (!s || !specialty || !qualification) throw new Error(`no ${seriesName}/${specialtyName}/${level}`);
  const candidates = committeeCandidates(catalog, { seriesId: s.id, specialtyId: specialty.id, level });
  return { seriesId: s.id, specialtyId: specialty.id, qualificationId: qualification.id, candidates };
}

/** A POST /applications body for a picked choice (its first candidate committee unless told). */
function createBody(choice: ReturnType<typeof pick>, overrides: Record<string, unknown> = {}) {
  return {
    cycleId,
    track: 'normal',
    applyType: 'normal',
    seriesId: choice.seriesId,
    specialtyId: choice.specialtyId,
    qualificationId: choice.qualificationId,
    committeeId: choice.candidates[0]?.id,
    ...overrides,
  };
}

const api = (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = {}) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });

describe('committee selection', () => {
  it('finds exactly the 水利水电 senior committee for 工程技术 / 水文水资源 / 副高级', () => {
    const { candidates } = pick('工程技术', '水文水资源', '副高级');
    expect(candidates.map((c) => c.code)).toEqual(['SZ-GC-SL-G']);
    const department = catalog.departments.find((d) => d.id === candidates[0]?.departmentId);
    expect(department?.name).toBe('深圳市水务局');
  });

  it('offers several committees where several cover the choice, and none where none does', () => {
    const several = catalog.series.flatMap((s) =>
      s.specialties.flatMap((sp) =>
        catalog.levels
          .map((level) => committeeCandidates(catalog, { seriesId: s.id, specialtyId: sp.id, level }))
          .filter((c) => c.length > 1),
      ),
    );
    expect(several.length).toBeGreaterThan(0);
    expect(
      pick('工程技术', '水文水资源', '员级')
        .candidates.map((c) => c.code)
        .sort(),
    ).toEqual(['SZ-GC-SL-ZC', 'SZ-GC-ZC']);
    expect(pick('经济', '工商管理', '中级').candidates).toEqual([]);
  });

  it('the API refuses a choice no committee covers, saying so plainly', async () => {
    const choice = pick('经济', '工商管理', '中级');
    const anyCommittee = catalog.committees[0]?.id;
    const response = await api(
      applicant2,
      'POST',
      '/applications',
      createBody(choice, { committeeId: anyCommittee }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('所选专业和级别不能通过本系统申报评审');
  });
});

describe('POST /applications', () => {
  it('creates a draft from a valid choice, with names and allowed actions', async () => {
    const choice = pick('工程技术', '水文水资源', '副高级');
    const committeeId = choice.candidates[0]?.id;
    const response = await api(applicant1, 'POST', '/applications', {
      cycleId,
      track: 'normal',
      applyType: 'normal',
      seriesId: choice.seriesId,
      specialtyId: choice.specialtyId,
      qualificationId: choice.qualificationId,
      committeeId,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'draft',
      level: '副高级',
      committeeId,
      names: {
        qualification: '高级工程师',
        department: '深圳市水务局',
        specialty: '水文水资源',
        unit: '深圳市示范水务工程设计院',
      },
      applicant: { name: '张三' },
      allowedActions: ['submit', 'cancel'],
    });
  });

  it('refuses a second in-progress application in the cycle with a link to the first', async () => {
    const choice = pick('工程技术', '水文水资源', '副高级');
    const response = await api(applicant1, 'POST', '/applications', createBody(choice));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('application_exists');
    const mine = (await api(applicant1, 'GET', '/applications')).json().items[0];
    expect(response.json().applicationId).toBe(mine.id);
  });

  it('refuses a committee that does not cover the specialty and level', async () => {
    const choice = pick('工程技术', '水文水资源', '副高级');
    const wrong = pick('工程技术', '水文水资源', '中级').candidates[0];
    const response = await api(
      applicant2,
      'POST',
      '/applications',
      createBody(choice, { committeeId: wrong?.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'committeeId', message: '该评委会不负责所选专业和级别' },
    ]);
  });

  it('refuses a specialty of another series and an innovative application without a condition', async () => {
    const choice = pick('工程技术', '水文水资源', '副高级');
    const other = catalog.series.find((s) => s.id !== choice.seriesId);
    const mixed = await api(
      applicant2,
      'POST',
      '/applications',
      createBody(choice, { specialtyId: other?.specialties[0]?.id }),
    );
    expect(mixed.json().errors).toEqual([{ path: 'specialtyId', message: '该专业不属于所选申报系列' }]);

    const innovative = await api(
      applicant2,
      'POST',
      '/applications',
      createBody(choice, { track: 'innovative' }),
    );
    expect(innovative.statusCode).toBe(400);
    expect(innovative.json().errors[0]).toMatchObject({ path: 'innovativeCondition' });
  });

  it('refuses a closed cycle', async () => {
    const [closed] = await t.database.db
      .insert(reviewCycles)
      .values({
        name: '2020年度专业技术资格评审',
        year: 2020,
        opensAt: new Date('2020-01-01'),
        closesAt: new Date('2020-03-01'),
      })
      .returning();
    const choice = pick('工程技术', '水文水资源', '副高级');
    const response = await api(
      applicant2,
      'POST',
      '/applications',
      createBody(choice, { cycleId: closed?.id, track: 'innovative', innovativeCondition: 3 }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('cycle_closed');
  });

  it('is for applicants only', async () => {
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    expect((await api(unit, 'POST', '/applications', {})).statusCode).toBe(403);
  });
});

describe('PATCH /applications/{id}', () => {
  it('changes the choice while editable, with If-Match, and refuses once submitted', async () => {
    const mine = (await api(applicant1, 'GET', '/applications')).json().items[0];
    const choice = pick('工程技术', '水工建筑', '正高级');
    const body = {
      track: 'innovative',
      innovativeCondition: 2,
      applyType: 'conversion',
      seriesId: choice.seriesId,
      specialtyId: choice.specialtyId,
      qualificationId: choice.qualificationId,
      committeeId: choice.candidates[0]?.id,
    };
    const changed = await api(applicant1, 'PATCH', `/applications/${mine.id}`, body, {
      'if-match': String(mine.version),
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      level: '正高级',
      track: 'innovative',
      innovativeCondition: 2,
      names: { specialty: '水工建筑' },
    });

    const stale = await api(applicant1, 'PATCH', `/applications/${mine.id}`, body, {
      'if-match': String(mine.version),
    });
    expect(stale.json().code).toBe('version_conflict');

    await t.database.db.update(applications).set({ status: 'submitted' }).where(eq(applications.id, mine.id));
    const locked = await api(applicant1, 'PATCH', `/applications/${mine.id}`, body);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('invalid_transition');
    await t.database.db.update(applications).set({ status: 'draft' }).where(eq(applications.id, mine.id));
  });
});

describe('scoping', () => {
  it("hides another applicant's application (404) and drafts from the unit", async () => {
    const mine = (await api(applicant1, 'GET', '/applications')).json().items[0];
    expect((await api(applicant2, 'GET', `/applications/${mine.id}`)).statusCode).toBe(404);
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    expect((await api(unit, 'GET', `/applications/${mine.id}`)).statusCode).toBe(404);
    // As a submission does: the application reaches the unit.
    await t.database.db
      .update(applications)
      .set({ status: 'submitted', reachedUnitAt: new Date() })
      .where(eq(applications.id, mine.id));
    const seen = await api(unit, 'GET', `/applications/${mine.id}`);
    expect(seen.json().allowedActions).toEqual(['start_review']);
    const reviewer = (await loginOk(t.app, 'swjreviewer')).accessToken;
    expect((await api(reviewer, 'GET', `/applications/${mine.id}`)).statusCode).toBe(404);
  });
});
