import { z } from 'zod';
import { applicationApplyTypes, applicationSchema, applicationTracks } from '../applications/application.js';
import { listQuerySchema, listResponseSchema } from '../common/list.js';
import { applicationListExample, applicationListItemExample } from '../openapi-examples.js';
import {
  type ApplicationStatus,
  applicationStatuses,
  applicationStatusSchema,
} from '../status/status-machine.js';
import { text } from '../validation/fields.js';
import { publicitySummarySchema } from './publicity.js';

/** Queue orders: newest submission first by default; `name` sorts by the applicant's name (pinyin-free, by code point). */
export const queueSorts = ['-submittedAt', 'submittedAt', 'name', '-name', '-updatedAt'] as const;
export const queueSortSchema = z.enum(queueSorts);
export type QueueSort = z.infer<typeof queueSortSchema>;

/** The filters of every application list (`GET /applications`, `/applications/counts`, `/applications/export.csv`). */
export const applicationFiltersSchema = z.object({
  /** One status, or several (`?status=a&status=b`). */
  status: z.union([applicationStatusSchema, z.array(applicationStatusSchema).max(10)]).optional(),
  cycleId: z.uuid().optional(),
  seriesId: z.uuid().optional(),
  committeeId: z.uuid().optional(),
  track: z.enum(applicationTracks).optional(),
  applyType: z.enum(applicationApplyTypes).optional(),
  /** Applicant name, account or ID number (a substring; `%` and `_` match themselves). */
  q: text().trim().max(50).optional(),
  submittedFrom: z.iso.date().optional(),
  submittedTo: z.iso.date().optional(),
});
export type ApplicationFilters = z.infer<typeof applicationFiltersSchema>;

/** `GET /applications`: filters, a sort and keyset pagination (`cursor` is opaque). */
export const applicationsQuerySchema = listQuerySchema.extend(applicationFiltersSchema.shape).extend({
  // A keyset cursor carries the last row's sort value: a name of 50 CJK characters needs more than 200.
  cursor: text().max(512).optional(),
  sort: queueSortSchema.optional(),
});

/** `GET /applications/export.csv`: the list's filters and sort (every row; no pagination). */
export const applicationExportQuerySchema = applicationFiltersSchema.extend({
  sort: queueSortSchema.optional(),
});

/** A list row: the application plus what a reviewer's table shows. */
export const applicationListItemSchema = applicationSchema
  .extend({
    applicant: z.object({
      id: z.string(),
      name: z.string(),
      username: z.string(),
      /** `110105********1234`. */
      idNumberMasked: z.string(),
    }),
    unitName: z.string(),
    /** The latest 单位公示 window, if any. */
    unitPublicity: publicitySummarySchema.nullable(),
    /** The latest 评审结果公示 window, if any (公示管理, the department's 待办). */
    resultPublicity: publicitySummarySchema.nullable(),
  })
  .meta({ id: 'ApplicationListItem', examples: [applicationListItemExample] });
export type ApplicationListItem = z.infer<typeof applicationListItemSchema>;

export const applicationListSchema = listResponseSchema(applicationListItemSchema).meta({
  id: 'ApplicationList',
  examples: [applicationListExample],
});

const statusCountShape = Object.fromEntries(applicationStatuses.map((s) => [s, z.number().int()])) as Record<
  ApplicationStatus,
  z.ZodNumber
>;

/** `GET /applications/counts`: every status with its count (0 included), for the same scope and filters. */
export const applicationCountsSchema = z
  .object({
    // Exhaustive: every status is a key (0 when none), so tabs need no defaults. Spelled as an object
    // (not a record over the enum) so the OpenAPI document names each property it requires.
    byStatus: z.object(statusCountShape),
    total: z.number().int(),
  })
  .meta({ id: 'ApplicationCounts' });
export type ApplicationCounts = z.infer<typeof applicationCountsSchema>;

/** The columns of `GET /applications/export.csv`, in order (UTF-8 with BOM; ID numbers masked). */
export const applicationExportColumns = [
  '申报人',
  '账号',
  '身份证号',
  '单位',
  '系列',
  '专业',
  '级别',
  '资格',
  '评委会',
  '状态',
  '提交时间',
] as const;
