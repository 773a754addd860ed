import { describe, expect, it } from 'vitest';
import { roles } from '../auth/roles.js';
import { actionLabelsByLocale, outcomeLabelsByLocale, statusLabelsByLocale, uiLocales } from './labels.js';
import {
  type ActorKind,
  type ApplicationAction,
  type ApplicationStatus,
  allowedActions,
  applicationActions,
  applicationStatuses,
  committeePassAction,
  committeeResultActions,
  findTransition,
  isEditable,
  isInProgress,
  passedCommitteeStatuses,
  transitions,
} from './status-machine.js';

// The whole table of domain.md, written out independently: [actor, action, from, to].
const expected: [ActorKind, ApplicationAction, ApplicationStatus, ApplicationStatus | null][] = [
  ['applicant', 'submit', 'draft', 'submitted'],
  ['applicant', 'submit', 'returned', 'submitted'],
  ['applicant', 'withdraw', 'submitted', 'draft'],
  ['applicant', 'cancel', 'draft', 'cancelled'],
  ['applicant', 'cancel', 'returned', 'cancelled'],
  ['applicant', 'cancel', 'submitted', 'cancelled'],
  ['applicant', 'reapply', 'approved', null],
  ['applicant', 'reapply', 'rejected', null],
  ['applicant', 'reapply', 'cancelled', null],
  ['unit', 'start_review', 'submitted', 'unit_review'],
  ['unit', 'approve', 'unit_review', 'dept_review'],
  ['unit', 'return', 'unit_review', 'returned'],
  ['unit', 'reject', 'unit_review', 'rejected'],
  ['department', 'approve', 'dept_review', 'committee_review'],
  ['department', 'return', 'dept_review', 'returned'],
  ['department', 'reject', 'dept_review', 'rejected'],
  ['committee', 'committee_pass', 'committee_review', 'publicity'],
  ['committee', 'committee_fail', 'committee_review', 'rejected'],
  ['department', 'publicity_pass', 'publicity', 'approved'],
  ['department', 'publicity_fail', 'publicity', 'rejected'],
];

describe('status machine', () => {
  it('allows exactly the pairs of domain.md and refuses every other actor × action × status', () => {
    const actors: ActorKind[] = ['applicant', 'unit', 'department', 'committee'];
    for (const actor of actors) {
      for (const action of applicationActions) {
        for (const status of applicationStatuses) {
          const row = expected.find((e) => e[0] === actor && e[1] === action && e[2] === status);
          const found = findTransition(actor, status, action);
          expect(found?.to, `${actor} ${action} from ${status}`).toBe(row ? row[3] : undefined);
          if (!row) expect(found, `${actor} ${action} from ${status}`).toBeUndefined();
        }
      }
    }
  });

  it('records the outcome of each rejection', () => {
    expect(findTransition('unit', 'unit_review', 'reject')?.outcome).toBe('unit_rejected');
    expect(findTransition('department', 'dept_review', 'reject')?.outcome).toBe('dept_rejected');
    expect(findTransition('committee', 'committee_review', 'committee_fail')?.outcome).toBe(
      'committee_failed',
    );
    expect(findTransition('department', 'publicity', 'publicity_fail')?.outcome).toBe('publicity_failed');
  });

  it('requires a reason exactly for return, reject and a failed publicity', () => {
    const needReason = transitions.filter((t) => t.reasonRequired).map((t) => `${t.actor} ${t.action}`);
    expect(needReason).toEqual([
      'unit return',
      'unit reject',
      'department return',
      'department reject',
      'department publicity_fail',
    ]);
  });

  it('names every status, action and outcome in Chinese and in English', () => {
    const han = /\p{Script=Han}/u;
    for (const action of applicationActions) {
      expect(actionLabelsByLocale['zh-CN'][action]).toMatch(han);
      expect(actionLabelsByLocale['en-US'][action]).not.toMatch(han);
    }
    for (const status of applicationStatuses) {
      expect(statusLabelsByLocale['zh-CN'][status]).toMatch(han);
      expect(statusLabelsByLocale['en-US'][status]).not.toMatch(han);
    }
    for (const locale of uiLocales) expect(Object.keys(outcomeLabelsByLocale[locale])).toHaveLength(4);
  });

  it('derives allowedActions per role', () => {
    expect(allowedActions('applicant', 'draft')).toEqual(['submit', 'cancel']);
    expect(allowedActions('applicant', 'submitted')).toEqual(['withdraw', 'cancel']);
    expect(allowedActions('unit_operator', 'submitted')).toEqual(['start_review']);
    expect(allowedActions('dept_reviewer', 'publicity')).toEqual(['publicity_pass', 'publicity_fail']);
    for (const status of applicationStatuses) expect(allowedActions('bureau_admin', status)).toEqual([]);
    expect(roles).toContain('bureau_admin');
  });

  it("names the committee's results and the statuses only its pass leads to", () => {
    expect(committeeResultActions).toEqual(['committee_pass', 'committee_fail']);
    expect(committeePassAction).toBe('committee_pass');
    expect(findTransition('committee', 'committee_review', committeePassAction)?.to).toBe('publicity');
    // A rejection ends every stage, so it does not tell whether the committee passed the application.
    expect(passedCommitteeStatuses).toEqual(['publicity', 'approved']);
  });

  it('knows which statuses are editable and in progress', () => {
    expect(applicationStatuses.filter(isEditable)).toEqual(['draft', 'returned']);
    expect(applicationStatuses.filter((s) => !isInProgress(s))).toEqual([
      'approved',
      'rejected',
      'cancelled',
    ]);
  });
});
