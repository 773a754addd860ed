import {
  type applicantListSchema,
  type applicationListSchema,
  applicationStatuses,
  type Cycle,
  type Stats,
  type Unit,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import type { z } from 'zod';
import { queueCounts } from './queue-fixtures';
import { api } from './server';

export const demoUnit = {
  id: 'unit-1',
  orgCode: '91440300MA5F000001',
  name: '深圳市示范水务工程设计院',
  socialSecurityNo: '440300000001',
  admin: {
    id: 'u-unit-admin',
    name: '王管理',
    username: 'unitadmin',
    email: null,
    phone: null,
    mobile: '13800138000',
  },
  version: 1,
  createdAt: '2026-03-01T02:00:00.000Z',
} satisfies Unit;

/**
 * What the role homes load besides `/me`: the applicant's open cycle and applications, the unit's
 * profile and applicant counts, the reviewers' application counts (待办事项), the bureau's stats (概览). For tests that pass through a home without looking at its data; every
 * request must be answered (unhandled ones fail the test).
 */
export const homeHandlers = [
  http.get(api('/cycles'), () => HttpResponse.json({ items: [] satisfies Cycle[] })),
  http.get(api('/applications'), () =>
    HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
      typeof applicationListSchema
    >),
  ),
  http.get(api('/applications/counts'), () => HttpResponse.json(queueCounts({}))),
  http.get(api('/unit'), () => HttpResponse.json(demoUnit)),
  http.get(api('/unit/applicants'), () =>
    HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
      typeof applicantListSchema
    >),
  ),
  // The bureau's 概览.
  http.get(api('/stats'), () =>
    HttpResponse.json({
      cycleId: null,
      total: 0,
      byStatus: Object.fromEntries(applicationStatuses.map((s) => [s, 0])),
      bySeries: [],
      byCommittee: [],
      passRate: null,
      funnel: [],
    } satisfies Stats),
  ),
];
