import {
  type ApplicationCounts,
  type ApplicationListItem,
  type ApplicationStatus,
  applicationStatuses,
} from '@zhicheng/contracts';
import { draftApplication, ids } from './application-fixtures';

const id = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;

/** A row of a reviewer's queue (`GET /applications`), number `n` of a list. */
export function queueItem(n: number, overrides: Partial<ApplicationListItem> = {}): ApplicationListItem {
  const base = draftApplication({
    id: id(n),
    status: 'submitted',
    submittedAt: `2026-03-${String(10 + (n % 18)).padStart(2, '0')}T02:00:00.000Z`,
    allowedActions: ['start_review'],
  });
  return {
    ...base,
    applicant: {
      id: `u-applicant-${n}`,
      name: `申报人${n}`,
      username: `applicant${String(n).padStart(2, '0')}`,
      idNumberMasked: `4403**********${String(n).padStart(4, '0')}`,
    },
    unitName: '深圳市示范水务工程设计院',
    unitPublicity: null,
    resultPublicity: null,
    ...overrides,
  };
}

export const queueIds = { id, cycle: ids.cycle };

/** `GET /applications/counts` with the given statuses' counts (every other status 0). */
export function queueCounts(counts: Partial<Record<ApplicationStatus, number>>): ApplicationCounts {
  const byStatus = Object.fromEntries(applicationStatuses.map((s) => [s, counts[s] ?? 0])) as Record<
    ApplicationStatus,
    number
  >;
  return { byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
}
