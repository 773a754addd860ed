-- pg_trgm serves the people search's substring indexes (users_*_trgm_idx); trusted since PostgreSQL 13,
-- so the database owner may create it. PGlite loads it in client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "applications_bureau_queue_updated_idx" ON "applications" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "applications_bureau_queue_submitted_desc_idx" ON "applications" USING btree (coalesce("submitted_at", '-infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "applications_bureau_queue_submitted_asc_idx" ON "applications" USING btree (coalesce("submitted_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "applications_unit_queue_updated_idx" ON "applications" USING btree ("unit_id","updated_at","id") WHERE "applications"."reached_unit_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_unit_queue_submitted_desc_idx" ON "applications" USING btree ("unit_id",coalesce("submitted_at", '-infinity'::timestamptz),"id") WHERE "applications"."reached_unit_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_unit_queue_submitted_asc_idx" ON "applications" USING btree ("unit_id",coalesce("submitted_at", 'infinity'::timestamptz),"id") WHERE "applications"."reached_unit_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_department_queue_updated_idx" ON "applications" USING btree ("department_id","updated_at","id") WHERE "applications"."reached_department_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_department_queue_submitted_desc_idx" ON "applications" USING btree ("department_id",coalesce("submitted_at", '-infinity'::timestamptz),"id") WHERE "applications"."reached_department_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_department_queue_submitted_asc_idx" ON "applications" USING btree ("department_id",coalesce("submitted_at", 'infinity'::timestamptz),"id") WHERE "applications"."reached_department_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_committee_queue_updated_idx" ON "applications" USING btree ("committee_id","updated_at","id") WHERE "applications"."reached_committee_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_committee_queue_submitted_desc_idx" ON "applications" USING btree ("committee_id",coalesce("submitted_at", '-infinity'::timestamptz),"id") WHERE "applications"."reached_committee_at" is not null;--> statement-breakpoint
CREATE INDEX "applications_committee_queue_submitted_asc_idx" ON "applications" USING btree ("committee_id",coalesce("submitted_at", 'infinity'::timestamptz),"id") WHERE "applications"."reached_committee_at" is not null;--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_username_trgm_idx" ON "users" USING gin ("username" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_id_number_trgm_idx" ON "users" USING gin ("id_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_name_prefix_idx" ON "users" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "users_username_prefix_idx" ON "users" USING btree (lower("username") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "users_id_number_prefix_idx" ON "users" USING btree ("id_number" text_pattern_ops);