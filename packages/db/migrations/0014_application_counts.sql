CREATE TABLE "application_count_deltas" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"status" text NOT NULL,
	"delta" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_counts" (
	"scope_kind" text NOT NULL,
	"scope_id" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "application_counts_scope_kind_scope_id_cycle_id_status_pk" PRIMARY KEY("scope_kind","scope_id","cycle_id","status")
);
--> statement-breakpoint
CREATE INDEX "application_count_deltas_scope_idx" ON "application_count_deltas" USING btree ("scope_kind","scope_id");--> statement-breakpoint
-- The scopes one application counts in, each with `sign` (+1, -1) (schema/application-counts.ts): the bureau,
-- and the unit, department and committee it has reached — the queues' scope rule (scopeWhere).
CREATE FUNCTION application_count_rows(a applications, sign integer)
RETURNS TABLE (scope_kind text, scope_id text, cycle_id uuid, status text, delta integer)
-- PL/pgSQL, not an inlinable SQL function: PostgreSQL's planner fails (XX000, fix_upper_expr_mutator)
-- grouping the rows of an inlined set-returning function over a whole-row argument.
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN QUERY SELECT 'bureau'::text, ''::text, a.cycle_id, a.status, sign;
  IF a.reached_unit_at IS NOT NULL THEN
    RETURN QUERY SELECT 'unit'::text, a.unit_id::text, a.cycle_id, a.status, sign;
  END IF;
  IF a.reached_department_at IS NOT NULL THEN
    RETURN QUERY SELECT 'department'::text, a.department_id::text, a.cycle_id, a.status, sign;
  END IF;
  IF a.reached_committee_at IS NOT NULL THEN
    RETURN QUERY SELECT 'committee'::text, a.committee_id::text, a.cycle_id, a.status, sign;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION application_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO application_count_deltas (scope_kind, scope_id, cycle_id, status, delta)
      SELECT * FROM application_count_rows(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO application_count_deltas (scope_kind, scope_id, cycle_id, status, delta)
      SELECT * FROM application_count_rows(NEW, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_counts_on_insert_delete AFTER INSERT OR DELETE ON applications
  FOR EACH ROW EXECUTE FUNCTION application_counts_track();
--> statement-breakpoint
-- Only a change of what is counted: section saves and other edits append nothing.
CREATE TRIGGER application_counts_on_update AFTER UPDATE ON applications
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status OR OLD.cycle_id IS DISTINCT FROM NEW.cycle_id
    OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.department_id IS DISTINCT FROM NEW.department_id
    OR OLD.committee_id IS DISTINCT FROM NEW.committee_id
    OR (OLD.reached_unit_at IS NULL) <> (NEW.reached_unit_at IS NULL)
    OR (OLD.reached_department_at IS NULL) <> (NEW.reached_department_at IS NULL)
    OR (OLD.reached_committee_at IS NULL) <> (NEW.reached_committee_at IS NULL)
  ) EXECUTE FUNCTION application_counts_track();
--> statement-breakpoint
-- Folds the committed deltas into the counts. Deleting them first means two folds at once never count a
-- delta twice (the second finds the rows gone); uncommitted deltas wait for the next fold.
CREATE FUNCTION fold_application_count_deltas() RETURNS bigint LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM application_count_deltas RETURNING scope_kind, scope_id, cycle_id, status, delta),
  summed AS (
    SELECT scope_kind, scope_id, cycle_id, status, sum(delta) AS n, count(*) AS deltas
    FROM moved GROUP BY scope_kind, scope_id, cycle_id, status
  ),
  folded AS (
    INSERT INTO application_counts (scope_kind, scope_id, cycle_id, status, n)
    SELECT scope_kind, scope_id, cycle_id, status, n FROM summed
    ON CONFLICT (scope_kind, scope_id, cycle_id, status) DO UPDATE SET n = application_counts.n + excluded.n
    RETURNING 1
  )
  SELECT coalesce(sum(deltas), 0)::bigint FROM summed
$$;
--> statement-breakpoint
-- Recomputes every count from the applications (a bulk load that bypassed the triggers, a repair).
CREATE FUNCTION rebuild_application_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM application_count_deltas;
  DELETE FROM application_counts;
  INSERT INTO application_counts (scope_kind, scope_id, cycle_id, status, n)
    SELECT r.scope_kind, r.scope_id, r.cycle_id, r.status, sum(r.delta)
    FROM applications a, application_count_rows(a, 1) r
    GROUP BY r.scope_kind, r.scope_id, r.cycle_id, r.status;
$$;
--> statement-breakpoint
SELECT rebuild_application_counts();
