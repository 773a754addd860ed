import {
  type ApplicationCounts,
  type ApplicationFilters,
  type ApplicationListItem,
  applicationExportColumns,
  applicationStatuses,
  chinaDate,
  hasWindowEnded,
  maskIdNumber,
  type PublicitySummary,
  type QueueSort,
  statusLabels,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { type Actor, scopeOf } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { toApplication } from './applications-service.js';
import { chinaMinute, csvBom, csvLine } from './export-csv.js';
import { decodeQueueCursor, encodeQueueCursor, type QueueKeyset } from './queue-cursor.js';
import { type QueueFilters, type QueueRow, queueRepository as repo } from './queue-repository.js';

/** Today's order of the applicant's home; reviewer UIs send `-submittedAt`. */
export const defaultQueueSort: QueueSort = '-updatedAt';

/** Rows per query when exporting: the file is streamed batch by batch, never held whole. */
export const exportBatchSize = 500;

const dayMs = 24 * 3600_000;
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** The wire filters as the repository applies them: one or several statuses, China days as instants. */
export function toQueueFilters(filters: ApplicationFilters): QueueFilters {
  const { status, submittedFrom, submittedTo, ...rest } = filters;
  return {
    ...rest,
    statuses: status === undefined ? undefined : Array.isArray(status) ? status : [status],
    submittedFrom: submittedFrom ? chinaMidnight(submittedFrom) : undefined,
    submittedBefore: submittedTo ? new Date(chinaMidnight(submittedTo).getTime() + dayMs) : undefined,
  };
}

type WindowColumns = { startsOn: string | null; endsOn: string | null; workingDays: number | null } | null;

/** A window's summary as the list shows it, or null when the application has none of that stage. */
function summaryOf(window: WindowColumns, now: Date): PublicitySummary | null {
  if (!window?.startsOn || !window.endsOn) return null;
  return {
    startsOn: window.startsOn,
    endsOn: window.endsOn,
    workingDays: window.workingDays ?? 0,
    ended: hasWindowEnded(window.endsOn, now),
  };
}

export function toListItem(row: QueueRow, actor: Actor, now: Date): ApplicationListItem {
  const base = toApplication(row, actor);
  return {
    ...base,
    applicant: {
      ...base.applicant,
      username: row.applicantUsername,
      idNumberMasked: maskIdNumber(row.applicantIdNumber),
    },
    unitName: row.unitName,
    unitPublicity: summaryOf(row.unitWindow, now),
    resultPublicity: summaryOf(row.resultWindow, now),
  };
}

/** The cells of one row, in the order of `applicationExportColumns`. */
function exportCells(row: QueueRow): string[] {
  const a = row.application;
  return [
    row.applicantName,
    row.applicantUsername,
    maskIdNumber(row.applicantIdNumber),
    row.unitName,
    row.names.series,
    row.names.specialty,
    a.level,
    row.names.qualification,
    row.names.committee,
    statusLabels[a.status],
    chinaMinute(a.submittedAt),
  ];
}

const keysetOf = (row: QueueRow): QueueKeyset => ({ value: row.sortValue, id: row.application.id });

type ListQuery = ApplicationFilters & {
  limit: number;
  cursor?: string | undefined;
  sort?: QueueSort | undefined;
};

/** The queues: one list for every role, its counts and its CSV, all through the caller's scope. */
export function createQueueService(deps: { db: Db; clock: Clock; exportBatchSize?: number }) {
  const { db, clock } = deps;
  const batchSize = deps.exportBatchSize ?? exportBatchSize;

  return {
    /** One keyset page, `total` for the whole filtered set, `nextCursor` null on the last page. */
    async list(actor: Actor, query: ListQuery) {
      const { limit, cursor, sort = defaultQueueSort, ...filterInput } = query;
      const after = cursor === undefined ? undefined : decodeQueueCursor(cursor, sort);
      const scope = scopeOf(actor);
      const filters = toQueueFilters(filterInput);
      const [rows, total] = await Promise.all([
        repo.page(db, scope, filters, sort, after, limit + 1),
        repo.total(db, scope, filters),
      ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const now = clock.now();
      return {
        items: page.map((r) => toListItem(r, actor, now)),
        nextCursor: rows.length > limit && last ? encodeQueueCursor(sort, keysetOf(last)) : null,
        total,
      };
    },

    /** Every status with its count (0 included) for the same scope and filters. */
    async counts(actor: Actor, filterInput: ApplicationFilters): Promise<ApplicationCounts> {
      const rows = await repo.countByStatus(db, scopeOf(actor), toQueueFilters(filterInput));
      const byStatus = Object.fromEntries(
        applicationStatuses.map((s) => [s, 0]),
      ) as ApplicationCounts['byStatus'];
      let total = 0;
      for (const { status, n } of rows) {
        byStatus[status] = n;
        total += n;
      }
      return { byStatus, total };
    },

    /**
     * The filtered list as CSV lines, read in keyset batches. The first batch is read before this
     * returns, so a failing query is still an ordinary error response; the rest is read as the
     * client takes the stream. The export is audited (it carries personal data).
     */
    async exportCsv(
      actor: Actor,
      query: ApplicationFilters & { sort?: QueueSort | undefined },
      ctx: RequestContext,
    ): Promise<{ fileName: string; lines: AsyncIterable<string> }> {
      const { sort = defaultQueueSort, ...filterInput } = query;
      const scope = scopeOf(actor);
      const filters = toQueueFilters(filterInput);
      const first = await repo.page(db, scope, filters, sort, undefined, batchSize + 1);
      const now = clock.now();
      await recordAudit(db, ctx, {
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'applications.exported',
        details: { filters: filterInput, sort },
      });
      async function* lines() {
        yield csvBom + csvLine(applicationExportColumns);
        let rows = first;
        for (;;) {
          const batch = rows.slice(0, batchSize);
          if (batch.length > 0) yield batch.map((r) => csvLine(exportCells(r))).join('');
          const last = batch.at(-1);
          if (rows.length <= batchSize || !last) return;
          rows = await repo.page(db, scope, filters, sort, keysetOf(last), batchSize + 1);
        }
      }
      return { fileName: `职称申报-${chinaDate(now)}.csv`, lines: lines() };
    },
  };
}
