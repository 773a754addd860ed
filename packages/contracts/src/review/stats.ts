import { z } from 'zod';
import { applicationStatuses } from '../status/status-machine.js';

export const statsQuerySchema = z.object({ cycleId: z.uuid().optional() });

const group = z.object({
  id: z.string(),
  name: z.string(),
  total: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  /** approved / (approved + rejected) among the decided ones; null when none is decided. */
  passRate: z.number().nullable(),
});

/** `GET /stats?cycleId=` (bureau; department and committee for their scope): numbers for the dashboards. */
export const statsSchema = z
  .object({
    cycleId: z.string().nullable(),
    total: z.number().int(),
    byStatus: z.object(Object.fromEntries(applicationStatuses.map((s) => [s, z.number().int()]))).meta({
      description: 'every status, 0 included',
    }),
    bySeries: z.array(group),
    byCommittee: z.array(group),
    passRate: z.number().nullable(),
    /** Submitted → forwarded by the unit → forwarded by the department → through the committee → approved. */
    funnel: z.array(
      z.object({
        stage: z.enum(['submitted', 'unit_approved', 'dept_approved', 'committee_passed', 'approved']),
        count: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Stats' });
export type Stats = z.infer<typeof statsSchema>;
