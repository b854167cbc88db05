ALTER TYPE "public"."role" ADD VALUE 'supervisor' BEFORE 'insurer';--> statement-breakpoint
CREATE TABLE "audit_archives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_archives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"first_id" bigint NOT NULL,
	"last_id" bigint NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"row_count" integer NOT NULL,
	"blob_key" text NOT NULL,
	"location" text NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"size" integer NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_archives_blobKey_unique" UNIQUE("blob_key")
);
--> statement-breakpoint
CREATE TABLE "sms_template_texts" (
	"template" varchar(64) PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_sla_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "queue_sla_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer,
	"state" "application_state" NOT NULL,
	"max_idle_hours" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" varchar(32) NOT NULL,
	"application_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" varchar(200) NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_notifications_dedupeKey_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sla_alerted_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "escalated_to_unit_id" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "queue_sla_rules" ADD CONSTRAINT "queue_sla_rules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_archives_first_id_last_id_index" ON "audit_archives" USING btree ("first_id","last_id");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_sla_rules_service_state_idx" ON "queue_sla_rules" USING btree ("service_id","state") WHERE "queue_sla_rules"."service_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "queue_sla_rules_default_state_idx" ON "queue_sla_rules" USING btree ("state") WHERE "queue_sla_rules"."service_id" is null;--> statement-breakpoint
CREATE INDEX "staff_notifications_user_id_created_at_index" ON "staff_notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "staff_notifications_application_id_index" ON "staff_notifications" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "staff_notifications_kind_created_at_index" ON "staff_notifications" USING btree ("kind","created_at");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_escalated_to_unit_id_org_units_id_fk" FOREIGN KEY ("escalated_to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_at_index" ON "application_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "applications_escalated_to_unit_id_index" ON "applications" USING btree ("escalated_to_unit_id");