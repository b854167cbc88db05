CREATE TYPE "public"."endorsement_destination" AS ENUM('hong_kong', 'macau', 'both');--> statement-breakpoint
CREATE TYPE "public"."endorsement_state" AS ENUM('submitted', 'fee_received', 'permit_received', 'ready', 'endorsed', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."endorsement_trips" AS ENUM('one', 'two');--> statement-breakpoint
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
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_document_id_travel_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."travel_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_applications" ADD CONSTRAINT "endorsement_applications_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_events" ADD CONSTRAINT "endorsement_events_application_id_endorsement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."endorsement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsement_events" ADD CONSTRAINT "endorsement_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "endorsement_applications_applicant_id_index" ON "endorsement_applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "endorsement_applications_org_unit_id_state_index" ON "endorsement_applications" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsement_applications_one_open_per_document" ON "endorsement_applications" USING btree ("document_id") WHERE "endorsement_applications"."state" in ('submitted', 'fee_received', 'permit_received', 'ready');--> statement-breakpoint
CREATE INDEX "endorsement_events_application_id_index" ON "endorsement_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "endorsement_events_actor_id_index" ON "endorsement_events" USING btree ("actor_id");