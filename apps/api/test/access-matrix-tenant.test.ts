import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixtures, pngUpload, type TenantFixtures } from './access-matrix-tenants.js';
import { sampleSection } from './application-factory.js';
import { bearer, createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let f: TenantFixtures;

beforeAll(async () => {
  t = await createTestApp();
  f = await createTenantFixtures(t);
});
afterAll(async () => {
  await t?.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Call {
  method: Method;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

const send = (token: string, c: Call) =>
  t.app.inject({
    method: c.method,
    url: `/api/v1${c.url}`,
    headers: { ...bearer(token), ...c.headers },
    ...(c.payload === undefined ? {} : { payload: c.payload as string }),
  });

/** Runs every call and lists those not answered 404 `not_found`. */
async function notFoundFailures(who: string, token: string, calls: Call[]) {
  const wrong: string[] = [];
  for (const c of calls) {
    const r = await send(token, c);
    if (r.statusCode !== 404 || r.json().code !== 'not_found') {
      wrong.push(`${who}: ${c.method} ${c.url} → ${r.statusCode} ${r.body.slice(0, 120)}`);
    }
  }
  return wrong;
}

/** Everything a reader of an application can read about it, its downloadable photo included. */
const reads = (app: { id: string; photo: string }): Call[] =>
  [
    `/applications/${app.id}`,
    `/applications/${app.id}/sections`,
    `/applications/${app.id}/sections/basicInfo`,
    `/applications/${app.id}/materials`,
    `/applications/${app.id}/completeness`,
    `/applications/${app.id}/timeline`,
    `/files/${app.photo}`,
  ].map((url) => ({ method: 'GET', url }));

/** Every applicant-only write on an application, with bodies valid enough to reach the scope check. */
async function applicantWrites(appId: string, fileId: string): Promise<Call[]> {
  const choice = (await send(f.a.token, { method: 'GET', url: `/applications/${f.draft.id}` })).json();
  const { track, applyType, seriesId, specialtyId, qualificationId, committeeId } = choice;
  const upload = await pngUpload();
  const multipart = { 'content-type': upload.contentType };
  const base = `/applications/${appId}`;
  return [
    {
      method: 'PATCH',
      url: base,
      headers: { 'if-match': '1' },
      payload: { track, applyType, seriesId, specialtyId, qualificationId, committeeId },
    },
    {
      method: 'PUT',
      url: `${base}/sections/basicInfo`,
      headers: { 'if-match': '0' },
      payload: { data: sampleSection('basicInfo') },
    },
    { method: 'POST', url: `${base}/materials/highest_degree`, headers: multipart, payload: upload.payload },
    { method: 'PUT', url: `${base}/materials/highest_degree/order`, payload: { fileIds: [fileId] } },
    { method: 'DELETE', url: `${base}/materials/highest_degree/${fileId}` },
    { method: 'POST', url: `${base}/photo`, headers: multipart, payload: upload.payload },
    { method: 'POST', url: `${base}/transitions`, payload: { action: 'cancel' } },
    { method: 'POST', url: `${base}/reapply` },
  ];
}

describe('access matrix: foreign tenants', () => {
  it('shows each application, its sections, materials, timeline and files to its scopes only; 404 to all others', async () => {
    const viewers: [string, string, { draft: boolean; inReview: boolean }][] = [
      ['applicant A', f.a.token, { draft: true, inReview: false }],
      ['applicant C', f.c.token, { draft: false, inReview: true }],
      ['another applicant of the unit', f.neighbour.token, { draft: false, inReview: false }],
      ["another unit's applicant", f.foreignApplicant.token, { draft: false, inReview: false }],
      ['unit admin (drafts stay private)', f.unitAdmin, { draft: false, inReview: true }],
      ['unit operator', f.unitOperator, { draft: false, inReview: true }],
      ["another unit's admin", f.foreignAdmin.token, { draft: false, inReview: false }],
      ['department reviewer', f.dept, { draft: false, inReview: true }],
      ['another department', f.foreignDept, { draft: false, inReview: false }],
      ['committee secretary', f.committee, { draft: false, inReview: true }],
      ['another committee', f.foreignCommittee, { draft: false, inReview: false }],
      ['bureau', f.bureau, { draft: true, inReview: true }],
    ];
    const wrong: string[] = [];
    for (const [who, token, sees] of viewers) {
      const list = (await send(token, { method: 'GET', url: '/applications?limit=100' })).json();
      const listed = (list.items as { id: string }[]).map((i) => i.id);
      for (const key of ['draft', 'inReview'] as const) {
        const app = f[key];
        if (listed.includes(app.id) !== sees[key])
          wrong.push(`${who}: list ${sees[key] ? 'misses' : 'shows'} ${key}`);
        if (!sees[key]) {
          const thumbnail: Call = { method: 'GET', url: `/files/${app.photo}/thumbnail` };
          wrong.push(...(await notFoundFailures(who, token, [...reads(app), thumbnail])));
          continue;
        }
        for (const c of reads(app)) {
          const r = await send(token, c);
          if (r.statusCode !== 200) wrong.push(`${who}: GET ${c.url} → ${r.statusCode}, expected 200`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers 404 to an applicant writing to someone else's application, and changes nothing", async () => {
    const before = (await send(f.a.token, { method: 'GET', url: `/applications/${f.draft.id}` })).json();
    const wrong: string[] = [];
    const intoDraft = await applicantWrites(f.draft.id, f.draft.material);
    for (const [who, token] of [
      ['another applicant of the unit', f.neighbour.token],
      ["another unit's applicant", f.foreignApplicant.token],
      ['applicant C', f.c.token],
    ] as const) {
      wrong.push(...(await notFoundFailures(who, token, intoDraft)));
    }
    wrong.push(
      ...(await notFoundFailures(
        'applicant A',
        f.a.token,
        await applicantWrites(f.inReview.id, f.inReview.photo),
      )),
    );
    expect(wrong).toEqual([]);

    const after = (await send(f.a.token, { method: 'GET', url: `/applications/${f.draft.id}` })).json();
    expect(after).toMatchObject({ status: 'draft', version: before.version });
    const materials = (
      await send(f.a.token, { method: 'GET', url: `/applications/${f.draft.id}/materials` })
    ).json();
    expect(JSON.stringify(materials)).toContain(f.draft.material);
  });

  it("answers 404 when an applicant names someone else's file on their own application", async () => {
    const own = `/applications/${f.neighbourDraft.id}/materials/highest_degree`;
    const wrong = await notFoundFailures('another applicant of the unit', f.neighbour.token, [
      { method: 'DELETE', url: `${own}/${f.draft.material}` },
      { method: 'DELETE', url: `${own}/${f.draft.photo}` },
    ]);
    expect(wrong).toEqual([]);
    // A new order naming that file is refused exactly like one naming a file that does not exist.
    const order = (fileId: string) =>
      send(f.neighbour.token, { method: 'PUT', url: `${own}/order`, payload: { fileIds: [fileId] } });
    const foreign = await order(f.draft.material);
    const madeUp = await order('00000000-0000-4000-8000-000000000001');
    expect(foreign.statusCode).toBe(400);
    const { requestId: _a, ...foreignProblem } = foreign.json();
    const { requestId: _b, ...madeUpProblem } = madeUp.json();
    expect(foreignProblem).toEqual(madeUpProblem);
  });

  it('answers 404 to a reviewer acting on an application outside its scope, and the status stays', async () => {
    const wrong = [
      ...(await notFoundFailures("another unit's admin", f.foreignAdmin.token, [
        {
          method: 'POST',
          url: `/applications/${f.inReview.id}/transitions`,
          payload: { action: 'start_review' },
        },
      ])),
      ...(await notFoundFailures('unit admin on a draft', f.unitAdmin, [
        {
          method: 'POST',
          url: `/applications/${f.draft.id}/transitions`,
          payload: { action: 'start_review' },
        },
      ])),
      ...(await notFoundFailures('another department', f.foreignDept, [
        { method: 'POST', url: `/applications/${f.inReview.id}/transitions`, payload: { action: 'approve' } },
      ])),
      ...(await notFoundFailures('another committee', f.foreignCommittee, [
        {
          method: 'POST',
          url: `/applications/${f.inReview.id}/transitions`,
          payload: { action: 'committee_pass', votes: { present: 9, for: 9, against: 0, abstain: 0 } },
        },
      ])),
    ];
    // Idempotency keys belong to their user: another tenant reusing one gets no replay of the answer.
    const refused: Call = {
      method: 'POST',
      url: `/applications/${f.inReview.id}/transitions`,
      headers: { 'idempotency-key': 'access-matrix-1' },
      payload: { action: 'start_review' },
    };
    expect((await send(f.unitAdmin, refused)).statusCode).toBe(409);
    wrong.push(
      ...(await notFoundFailures("another unit's admin reusing a key", f.foreignAdmin.token, [refused])),
    );
    expect(wrong).toEqual([]);
    const inReview = await send(f.bureau, { method: 'GET', url: `/applications/${f.inReview.id}` });
    expect(inReview.json().status).toBe('committee_review');
  });

  it("answers 404 for another unit's people and for accounts of the wrong kind", async () => {
    const person = (kind: string, id: string): Call[] => [
      { method: 'GET', url: `/unit/${kind}/${id}` },
      {
        method: 'PATCH',
        url: `/unit/${kind}/${id}`,
        headers: { 'if-match': '1' },
        payload: { name: '改名' },
      },
      { method: 'POST', url: `/unit/${kind}/${id}/reset-password` },
      { method: 'DELETE', url: `/unit/${kind}/${id}` },
    ];
    const reviewer = (id: string): Call[] => [
      {
        method: 'PATCH',
        url: `/admin/reviewers/${id}`,
        headers: { 'if-match': '1' },
        payload: { name: '改名' },
      },
      { method: 'POST', url: `/admin/reviewers/${id}/reset-password` },
    ];
    const wrong = [
      ...(await notFoundFailures("another unit's admin", f.foreignAdmin.token, [
        ...person('applicants', f.a.userId),
        ...person('operators', f.operatorId),
      ])),
      ...(await notFoundFailures('unit admin', f.unitAdmin, [
        ...person('applicants', f.foreignApplicant.userId),
        ...person('operators', f.a.userId),
      ])),
      ...(await notFoundFailures(
        'unit operator',
        f.unitOperator,
        person('applicants', f.foreignApplicant.userId),
      )),
      ...(await notFoundFailures('bureau', f.bureau, reviewer(f.a.userId))),
    ];
    expect(wrong).toEqual([]);
    // The same lookups inside the caller's own unit do find the person.
    const own = await send(f.unitAdmin, { method: 'GET', url: `/unit/applicants/${f.a.userId}` });
    expect(own.statusCode).toBe(200);
  });
});
