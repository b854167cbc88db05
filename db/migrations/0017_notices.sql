CREATE TYPE "public"."notice_objection_state" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TYPE "public"."notice_state" AS ENUM('draft', 'pending_approval', 'published', 'expired', 'archived', 'withdrawn');--> statement-breakpoint
CREATE TABLE "notice_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"contact_phone_enc" text NOT NULL,
	"body" text NOT NULL,
	"handling_path" text NOT NULL,
	"state" "notice_objection_state" DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" integer NOT NULL,
	"publishing_unit_id" integer NOT NULL,
	"publishing_path" text NOT NULL,
	"title" varchar(120) NOT NULL,
	"body" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"state" "notice_state" DEFAULT 'draft' NOT NULL,
	"drafted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"return_reason" text,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_citizen_id_users_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_publishing_unit_id_org_units_id_fk" FOREIGN KEY ("publishing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_drafted_by_users_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_objections_notice_id_index" ON "notice_objections" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "notice_objections_citizen_id_created_at_index" ON "notice_objections" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "notice_objections_answered_by_index" ON "notice_objections" USING btree ("answered_by");--> statement-breakpoint
CREATE INDEX "notice_objections_handling_path_prefix_idx" ON "notice_objections" USING btree ("handling_path" text_pattern_ops,"state","due_at");--> statement-breakpoint
CREATE INDEX "notices_service_id_state_period_start_index" ON "notices" USING btree ("service_id","state","period_start");--> statement-breakpoint
CREATE INDEX "notices_publishing_unit_id_index" ON "notices" USING btree ("publishing_unit_id");--> statement-breakpoint
CREATE INDEX "notices_drafted_by_index" ON "notices" USING btree ("drafted_by");--> statement-breakpoint
CREATE INDEX "notices_approved_by_index" ON "notices" USING btree ("approved_by");--> statement-breakpoint
CREATE INDEX "notices_withdrawn_by_index" ON "notices" USING btree ("withdrawn_by");--> statement-breakpoint
CREATE INDEX "notices_public_period_idx" ON "notices" USING btree ("state","period_end","period_start");--> statement-breakpoint
CREATE INDEX "notices_publishing_path_prefix_idx" ON "notices" USING btree ("publishing_path" text_pattern_ops,"state");