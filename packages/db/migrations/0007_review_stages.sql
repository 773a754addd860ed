CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_window_applications" (
	"window_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	CONSTRAINT "publicity_window_applications_window_id_application_id_pk" PRIMARY KEY("window_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "publicity_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stage" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_cycles" ADD COLUMN "unit_publicity_required" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "application_events" ADD COLUMN "correction" jsonb;--> statement-breakpoint
ALTER TABLE "publicity_window_applications" ADD CONSTRAINT "publicity_window_applications_window_id_publicity_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."publicity_windows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_window_applications" ADD CONSTRAINT "publicity_window_applications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_windows" ADD CONSTRAINT "publicity_windows_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publicity_window_applications_application_idx" ON "publicity_window_applications" USING btree ("application_id");