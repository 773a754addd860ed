import type { RawSql } from './client.js';

export type AuditChainReport =
  | { ok: true; count: number }
  | {
      ok: false;
      count: number;
      /** The first row that does not fit (absent when rows after the last intact one are gone). */
      id?: number;
      chainSeq?: number;
      reason: string;
    };

/**
 * Walks the audit hash chain (migration 0012): each row's hash must match its content, its `prev_hash`
 * the row before, its `chain_seq` follow on; the chain head must name the last row. A changed row breaks
 * its own hash, a deleted one the sequence and the next row's `prev_hash`, deleted last rows the head.
 */
export async function verifyAuditChain(db: RawSql): Promise<AuditChainReport> {
  const { rows: counted } = await db.executeSql(
    'select count(*)::int as n, coalesce(max(chain_seq), 0)::bigint as last_seq from audit_events',
  );
  const count = Number(counted[0]?.n ?? 0);
  const { rows: broken } = await db.executeSql(
    `with c as (
       select id, chain_seq, prev_hash, hash, audit_event_hash(e) as expected,
              coalesce(lag(hash) over w, '') as prev_actual, coalesce(lag(chain_seq) over w, 0) as prev_seq
       from audit_events e window w as (order by chain_seq)
     )
     select id::bigint as id, chain_seq::bigint as seq, (hash <> expected) as changed,
            (chain_seq <> prev_seq + 1 or prev_hash <> prev_actual) as gap
     from c where hash <> expected or prev_hash <> prev_actual or chain_seq <> prev_seq + 1
     order by chain_seq limit 1`,
  );
  const first = broken[0];
  if (first) {
    const id = Number(first.id);
    const chainSeq = Number(first.seq);
    const reason = first.changed
      ? `row id ${id} (chain position ${chainSeq}) was changed: its hash does not match its content`
      : `rows are missing before id ${id} (chain position ${chainSeq}): it does not follow on from the row before`;
    return { ok: false, count, id, chainSeq, reason };
  }
  const { rows: heads } = await db.executeSql(
    `select h.seq::bigint as seq, h.hash = coalesce((select hash from audit_events order by chain_seq desc limit 1), '') as matches
     from audit_chain_head h`,
  );
  const head = heads[0];
  const lastSeq = Number(counted[0]?.last_seq ?? 0);
  if (!head || Number(head.seq) !== lastSeq || !head.matches) {
    return {
      ok: false,
      count,
      reason: `the last rows are missing: the chain head is at position ${head ? Number(head.seq) : '?'}, the table ends at ${lastSeq}`,
    };
  }
  return { ok: true, count };
}
