CREATE TYPE "public"."report_reply_author" AS ENUM('officer', 'reporter');--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('received', 'handling', 'replied', 'closed');--> statement-breakpoint
CREATE TABLE "report_number_counters" (
	"day" date PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"author" "report_reply_author" NOT NULL,
	"officer_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20) NOT NULL,
	"service_id" integer NOT NULL,
	"reporter_id" uuid,
	"anonymous" boolean NOT NULL,
	"follow_up_token_hash" varchar(64),
	"answers" jsonb NOT NULL,
	"place_station_id" integer NOT NULL,
	"handling_unit_id" integer NOT NULL,
	"handling_path" text NOT NULL,
	"state" "report_state" DEFAULT 'received' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"assigned_to" uuid,
	"result" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_number_unique" UNIQUE("number"),
	CONSTRAINT "reports_followUpTokenHash_unique" UNIQUE("follow_up_token_hash")
);
--> statement-breakpoint
ALTER TABLE "report_replies" ADD CONSTRAINT "report_replies_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_replies" ADD CONSTRAINT "report_replies_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_place_station_id_org_units_id_fk" FOREIGN KEY ("place_station_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_handling_unit_id_org_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_replies_report_id_created_at_index" ON "report_replies" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "report_replies_officer_id_index" ON "report_replies" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "reports_service_id_index" ON "reports" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "reports_reporter_id_created_at_index" ON "reports" USING btree ("reporter_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_place_station_id_index" ON "reports" USING btree ("place_station_id");--> statement-breakpoint
CREATE INDEX "reports_handling_unit_id_index" ON "reports" USING btree ("handling_unit_id");--> statement-breakpoint
CREATE INDEX "reports_assigned_to_index" ON "reports" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "reports_handling_path_prefix_idx" ON "reports" USING btree ("handling_path" text_pattern_ops,"state");