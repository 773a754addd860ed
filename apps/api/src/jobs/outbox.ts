import { type DbOrTx, domainEvents } from '@zhicheng/db';
import type { NewDomainEvent, WriteDomainEvent } from './job-queue.js';

/** The tenant columns of an event about applications, so consumers find subscribers without reading `data`. */
interface Scope {
  applicationId?: string | null;
  unitId?: string | null;
  departmentId?: string | null;
  committeeId?: string | null;
}

function scopeOf(event: NewDomainEvent): Scope {
  if (event.type === 'publicity.window_recorded') {
    // One window may span units; its unit is set only when all its applications share one (单位公示).
    const only = <K extends 'unitId' | 'departmentId' | 'committeeId'>(key: K) => {
      const values = new Set(event.data.applications.map((a) => a[key]));
      return values.size === 1 ? [...values][0] : null;
    };
    return { unitId: only('unitId'), departmentId: only('departmentId'), committeeId: only('committeeId') };
  }
  const d = event.data;
  return {
    applicationId: d.applicationId,
    unitId: d.unitId,
    departmentId: d.departmentId,
    committeeId: d.committeeId,
  };
}

/**
 * Writes a domain event in the caller's transaction (the outbox, ADR 0008): it exists exactly when the
 * change it describes committed. Nothing is sent from here; the relay delivers it after the commit.
 */
export const writeDomainEvent: WriteDomainEvent = async (tx: DbOrTx, event, occurredAt) => {
  const [row] = await tx
    .insert(domainEvents)
    .values({ type: event.type, data: event.data, occurredAt, ...scopeOf(event) })
    .returning({ id: domainEvents.id });
  if (!row) throw new Error('domain event insert returned no row');
  return row.id;
};

/** What a service that changes state needs of the outbox. */
export interface Outbox {
  write: WriteDomainEvent;
  /** After the transaction that wrote events committed: wakes the relay (never throws). */
  committed(): Promise<void>;
}
