import { randomUUID } from 'node:crypto';
import {
  type Catalog,
  type Completeness,
  chinaDate,
  committeeCandidates,
  findSection,
  sampleFieldValue,
  sectionDefinitions,
} from '@zhicheng/contracts';
import { applicationFiles, DEMO_PASSWORD, hashPassword, storedFiles, units, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { makeIdNumber, makeOrgCode } from './fixtures.js';
import { bearer, loginOk, type TestApp } from './helpers.js';

let accountSequence = 0;

/**
 * A person of `role` in the demo unit (or in `unitId`), logged in. Inserted directly (as the unit's
 * 申报人员 page would create it, without the forced password change) so each test can have its own.
 */
export async function createAccount(
  t: TestApp,
  role: 'applicant' | 'unit_admin' = 'applicant',
  unitId?: string,
): Promise<{ token: string; userId: string; unitId: string; username: string }> {
  // Taken before the first await, so accounts created side by side get different numbers.
  accountSequence += 1;
  const n = accountSequence;
  const [demoUnit] = await t.database.db
    .select()
    .from(units)
    .where(eq(units.name, '深圳市示范水务工程设计院'));
  const targetUnit = unitId ?? demoUnit?.id ?? '';
  const username = `lc${role === 'applicant' ? 'app' : 'adm'}${process.pid % 1000}${n}`;
  const [user] = await t.database.db
    .insert(users)
    .values({
      username,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role,
      name: `测试${n}`,
      idNumber: makeIdNumber('19860101', String(100 + n).slice(-3)),
      unitId: targetUnit,
    })
    .returning();
  if (!user) throw new Error('account not inserted');
  return {
    token: (await loginOk(t.app, username)).accessToken,
    userId: user.id,
    unitId: targetUnit,
    username,
  };
}

/** Another employer unit with its admin: a foreign tenant. */
export async function createForeignUnitAdmin(t: TestApp) {
  const [unit] = await t.database.db
    .insert(units)
    .values({ orgCode: makeOrgCode(), name: '深圳市另一家单位', socialSecurityNo: 'SZ999' })
    .returning();
  if (!unit) throw new Error('unit not inserted');
  return createAccount(t, 'unit_admin', unit.id);
}

/** A complete value of a section: an object for single sections, one row for list sections. */
export function sampleSection(key: string): unknown {
  const section = findSection(key);
  if (!section) throw new Error(`no section ${key}`);
  const row = Object.fromEntries(section.fields.map((f) => [f.key, sampleFieldValue(f)]));
  return section.kind === 'list' ? [row] : row;
}

export const requiredSectionKeys = sectionDefinitions.filter((s) => s.requiredForSubmit).map((s) => s.key);

/** A new draft of 高级工程师 (水文水资源) before the demo's pilot committee, in the open cycle. */
export async function createDraft(t: TestApp, token: string): Promise<{ id: string; cycleId: string }> {
  const catalog: Catalog = (await t.app.inject({ method: 'GET', url: '/api/v1/catalog' })).json();
  const cycles = await t.app.inject({
    method: 'GET',
    url: '/api/v1/cycles?open=true',
    headers: bearer(token),
  });
  const s = catalog.series.find((x) => x.name === '工程技术');
  const specialty = s?.specialties.find((x) => x.name === '水文水资源');
  const qualification = s?.qualifications.find((x) => x.level === '副高级');
  const committee = committeeCandidates(catalog, {
    seriesId: s?.id ?? '',
    specialtyId: specialty?.id ?? '',
    level: '副高级',
  })[0];
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: bearer(token),
    payload: {
      cycleId: cycles.json().items[0].id,
      track: 'normal',
      applyType: 'normal',
      seriesId: s?.id,
      specialtyId: specialty?.id,
      qualificationId: qualification?.id,
      committeeId: committee?.id,
    },
  });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  return created.json();
}

/** Saves a section through the API at its current version; returns the saved section. */
export async function saveSection(t: TestApp, token: string, appId: string, key: string, data: unknown) {
  const url = `/api/v1/applications/${appId}/sections/${key}`;
  const current = (await t.app.inject({ method: 'GET', url, headers: bearer(token) })).json();
  return t.app.inject({
    method: 'PUT',
    url,
    headers: { ...bearer(token), 'if-match': String(current.version ?? 0) },
    payload: { data },
  });
}

/** Fills the five sections required for submission with valid data (basic info first). */
export async function fillRequiredSections(t: TestApp, token: string, appId: string) {
  for (const key of requiredSectionKeys) {
    const saved = await saveSection(t, token, appId, key, sampleSection(key));
    if (saved.json().status !== 'complete') throw new Error(`${key} not complete: ${saved.body}`);
  }
}

/**
 * Attaches one stored file to a material category, as the upload module records it (rows only: no
 * object is needed by the lifecycle). Returns the stored file's id.
 */
export async function attachFile(t: TestApp, appId: string, userId: string, category: string) {
  const [file] = await t.database.db
    .insert(storedFiles)
    .values({
      storageKey: `test/${randomUUID()}`,
      originalName: `${category}.pdf`,
      contentType: 'application/pdf',
      size: 1234,
      sha256: 'a'.repeat(64),
      pages: 1,
      uploadedBy: userId,
    })
    .returning();
  if (!file) throw new Error('stored file not inserted');
  await t.database.db
    .insert(applicationFiles)
    .values({ applicationId: appId, fileId: file.id, category, position: 0 });
  return file.id;
}

/** Attaches a file to every material category completeness reports missing (pilot committees need more). */
export async function attachRequiredMaterials(t: TestApp, token: string, appId: string, userId: string) {
  const completeness: Completeness = (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${appId}/completeness`,
      headers: bearer(token),
    })
  ).json();
  for (const m of completeness.materials) await attachFile(t, appId, userId, m.key);
}

/** A draft that can be submitted: the required sections filled and every required material attached. */
export async function createCompleteApplication(t: TestApp, token: string, userId: string) {
  const draft = await createDraft(t, token);
  await fillRequiredSections(t, token, draft.id);
  await attachRequiredMaterials(t, token, draft.id, userId);
  return draft;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 单位公示 the unit must have run before it approves: one window over `ids` (in unit_review) from 21 days
 * to 1 day before the test clock's today, so it has ended and counts well over 5 working days.
 */
export async function recordUnitPublicity(t: TestApp, unitToken: string, ids: readonly string[]) {
  const now = t.clock.now().getTime();
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/publicity',
    headers: bearer(unitToken),
    payload: {
      stage: 'unit',
      applicationIds: ids,
      startsOn: chinaDate(new Date(now - 21 * DAY_MS)),
      endsOn: chinaDate(new Date(now - DAY_MS)),
    },
  });
  if (response.statusCode !== 201) throw new Error(`unit publicity failed: ${response.body}`);
  return response.json() as { id: string; workingDays: number };
}
