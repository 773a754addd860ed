ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hash chain (#16 defect 11): every audit row carries its position, the previous row's hash and its own,
-- so a changed or deleted row is found by `pnpm audit:verify` even if the append-only triggers were off.
-- The canonical text quotes every field (NULL stays distinct from ''), jsonb prints in a canonical form.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    e.chain_seq::text, e.prev_hash, e.id::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    quote_nullable(e.actor_id), quote_nullable(e.actor_role), quote_nullable(e.action),
    quote_nullable(e.target_type), quote_nullable(e.target_id), quote_nullable(e.ip),
    quote_nullable(e.request_id), quote_nullable(e.details::text)), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- The chain's end, one row. Its row lock orders concurrent inserts (each waits for the previous writer's
-- commit), so the chain never forks; only the trigger (as the owner) touches it.
CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq bigint NOT NULL,
  hash text NOT NULL
);
--> statement-breakpoint
INSERT INTO audit_chain_head (singleton, seq, hash) VALUES (true, 0, '');
--> statement-breakpoint
-- Rows written before this migration join the chain in id order.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete;
--> statement-breakpoint
DO $$
DECLARE
  r audit_events;
  prev text := '';
  n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    n := n + 1;
    r.chain_seq := n;
    r.prev_hash := prev;
    r.hash := audit_event_hash(r);
    UPDATE audit_events SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    prev := r.hash;
  END LOOP;
  UPDATE audit_chain_head SET seq = n, hash = prev;
END
$$;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete;
--> statement-breakpoint
CREATE UNIQUE INDEX audit_events_chain_seq_idx ON audit_events (chain_seq);
--> statement-breakpoint
-- SECURITY DEFINER: the app's restricted role inserts audit rows but has no right on audit_chain_head.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_head;
BEGIN
  UPDATE audit_chain_head SET seq = seq + 1 WHERE singleton RETURNING * INTO head;
  NEW.chain_seq := head.seq;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_event_hash(NEW);
  UPDATE audit_chain_head SET hash = NEW.hash WHERE singleton;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
