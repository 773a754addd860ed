ALTER TABLE "applications" ADD COLUMN "reached_unit_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reached_department_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reached_committee_at" timestamp with time zone;--> statement-breakpoint
-- Backfill: an application reached a reviewer when it first entered that reviewer's stage.
UPDATE "applications" a SET
  "reached_unit_at" = (SELECT min(e."created_at") FROM "application_events" e WHERE e."application_id" = a."id" AND e."to_status" = 'submitted'),
  "reached_department_at" = (SELECT min(e."created_at") FROM "application_events" e WHERE e."application_id" = a."id" AND e."to_status" = 'dept_review'),
  "reached_committee_at" = (SELECT min(e."created_at") FROM "application_events" e WHERE e."application_id" = a."id" AND e."to_status" = 'committee_review');
