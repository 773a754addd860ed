CREATE TABLE "final_review_forms" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"snapshot_sha256" text NOT NULL,
	"verification_code" text NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"size" integer NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "final_review_forms_verification_code_unique" UNIQUE("verification_code")
);
--> statement-breakpoint
ALTER TABLE "final_review_forms" ADD CONSTRAINT "final_review_forms_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "final_review_forms" ADD CONSTRAINT "final_review_forms_snapshot_id_application_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."application_snapshots"("id") ON DELETE no action ON UPDATE no action;