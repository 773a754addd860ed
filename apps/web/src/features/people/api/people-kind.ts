import {
  applicantDetailSchema,
  applicantListSchema,
  operatorDetailSchema,
  operatorListSchema,
  type personDetailSchema,
  type personSummarySchema,
} from '@zhicheng/contracts';
import type { z } from 'zod';

/** The two kinds of account a unit keeps: 申报人员 and 经办人 (same endpoints, different base path). */
export type PeopleKind = 'applicants' | 'operators';

/** A row of either list: applicants also carry their unit's name and whether they can be deleted. */
export type PersonRow = z.infer<typeof personSummarySchema> & { unitName?: string; deletable?: boolean };
export type PersonDetail = z.infer<typeof personDetailSchema> & { unitName?: string };
export interface PeopleList {
  items: PersonRow[];
  nextCursor: string | null;
  total: number;
}

export const peopleKinds = {
  applicants: {
    path: '/unit/applicants',
    list: applicantListSchema as unknown as z.ZodType<PeopleList>,
    detail: applicantDetailSchema as unknown as z.ZodType<PersonDetail>,
  },
  operators: {
    path: '/unit/operators',
    list: operatorListSchema as unknown as z.ZodType<PeopleList>,
    detail: operatorDetailSchema as unknown as z.ZodType<PersonDetail>,
  },
} as const;
