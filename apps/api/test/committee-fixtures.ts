import { chinaDate } from '@zhicheng/contracts';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { bearer, loginOk, type TestApp } from './helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 评审结果公示 the department must have run before it passes or fails the publicity: one result window
 * over `ids` (in publicity) from `fromDays` to `toDays` days after the test clock's today (by default
 * 21 to 1 days before it, so it has ended and counts well over 5 working days).
 */
export async function recordResultPublicity(
  t: TestApp,
  deptToken: string,
  ids: readonly string[],
  { fromDays = -21, toDays = -1 }: { fromDays?: number; toDays?: number } = {},
) {
  const now = t.clock.now().getTime();
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/publicity',
    headers: bearer(deptToken),
    payload: {
      stage: 'result',
      applicationIds: ids,
      startsOn: chinaDate(new Date(now + fromDays * DAY_MS)),
      endsOn: chinaDate(new Date(now + toDays * DAY_MS)),
    },
  });
  if (response.statusCode !== 201) throw new Error(`result publicity failed: ${response.body}`);
  return response.json() as { id: string; endsOn: string; workingDays: number };
}

/** Votes that pass with 11 experts present (9 for), for tests that only need the result. */
export const passingVotes = { present: 11, for: 9, against: 1, abstain: 1 } as const;

/**
 * An application of a fresh applicant of the demo unit taken through the unit (with its 单位公示) and the
 * department into committee_review (the demo committee of 水利, secretary `slsecretary`).
 */
export async function inCommitteeReview(t: TestApp) {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  const dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
  const act = async (who: string, action: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/transitions`,
      headers: bearer(who),
      payload: { action },
    });
    if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.body}`);
  };
  await act(token, 'submit');
  await act(unit, 'start_review');
  await recordUnitPublicity(t, unit, [draft.id]);
  await act(unit, 'approve');
  await act(dept, 'approve');
  return { id: draft.id, applicant: token };
}
