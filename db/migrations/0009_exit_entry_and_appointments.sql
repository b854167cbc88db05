CREATE TYPE "public"."endorsement_destination" AS ENUM('hong_kong', 'macau', 'both');--> statement-breakpoint
CREATE TYPE "public"."endorsement_state" AS ENUM('submitted', 'fee_received', 'permit_received', 'ready', 'endorsed', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."endorsement_trips" AS ENUM('one', 'two');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'cancelled', 'attended', 'no_show');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'exit_entry_officer' BEFORE 'insurer';--> statement-breakpoint
CREATE TABLE "endorsement_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20) NOT NULL,
	"applicant_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"org_unit_id" integer NOT NULL,
	"destination" "endorsement_destination" NOT NULL,
	"trips" "endorsement_trips" NOT NULL,
	"fee_fen" integer NOT NULL,
	"state" "endorsement_state" DEFAULT 'submitted' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"fee_received_at" timestamp with time zone,
	"permit_received_at" timestamp with time zone,
	"endorsed_at" timestamp with time zone,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "endorsement_applications_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "endorsement_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "endorsement_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"action" varchar(32) NOT NULL,
	"from_state" "endorsement_state",
	"to_state" "endorsement_state" NOT NULL,
	"actor_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "travel_document_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"expiry_date" date NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"org_unit_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appointment_slots_within_capacity" CHECK ("appointment_slots"."booked" >= 0 AND "appointment_slots"."booked" <= "appointment_slots"."capacity")
);
--> statement-breakpoint
CREATE TABLE "appointment_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" integer NOT NULL,
	"window" varchar(32) NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"start_time" varchar(5) NOT NULL,
	"end_time" varchar(5) NOT NULL,
	"capacity" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_templates_capacity_positive" CHECK ("appointment_templates"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"service_id" integer NOT NULL,
	"slot_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"status" "appointment_status" DEFAULT 'booked' NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "travel_documents_status_expiry_date_index";--> statement-breakpoint
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_document_id_travel_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."travel_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_events" ADD CONSTRAINT "endorsement_events_application_id_endorsement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."endorsement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_events" ADD CONSTRAINT "endorsement_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_document_reminders" ADD CONSTRAINT "travel_document_reminders_document_id_travel_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."travel_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_document_reminders" ADD CONSTRAINT "travel_document_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_closures" ADD CONSTRAINT "appointment_closures_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_template_id_appointment_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."appointment_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_templates" ADD CONSTRAINT "appointment_templates_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_appointment_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."appointment_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "endorsement_applications_applicant_id_index" ON "endorsement_applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "endorsement_applications_org_unit_id_state_index" ON "endorsement_applications" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsement_applications_one_open_per_document" ON "endorsement_applications" USING btree ("document_id") WHERE "endorsement_applications"."state" in ('submitted', 'fee_received', 'permit_received', 'ready');--> statement-breakpoint
CREATE INDEX "endorsement_events_application_id_index" ON "endorsement_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "endorsement_events_actor_id_index" ON "endorsement_events" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_document_reminders_document_id_expiry_date_index" ON "travel_document_reminders" USING btree ("document_id","expiry_date");--> statement-breakpoint
CREATE INDEX "travel_document_reminders_user_id_index" ON "travel_document_reminders" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_closures_org_unit_id_day_index" ON "appointment_closures" USING btree ("org_unit_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_slots_template_id_starts_at_index" ON "appointment_slots" USING btree ("template_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slots_org_unit_id_starts_at_index" ON "appointment_slots" USING btree ("org_unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_templates_org_unit_id_active_index" ON "appointment_templates" USING btree ("org_unit_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_active_per_service" ON "appointments" USING btree ("user_id","service_id") WHERE "appointments"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "appointments_slot_id_index" ON "appointments" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "appointments_service_id_index" ON "appointments" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "appointments_user_id_status_starts_at_index" ON "appointments" USING btree ("user_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_status_starts_at_index" ON "appointments" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "travel_documents_status_expiry_date_id_index" ON "travel_documents" USING btree ("status","expiry_date","id");