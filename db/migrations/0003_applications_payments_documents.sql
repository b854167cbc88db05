CREATE TYPE "public"."application_state" AS ENUM('draft', 'submitted', 'auto_review', 'station_review', 'needs_supplement', 'county_review', 'approved', 'completed', 'voided', 'expired', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'paid', 'closed', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('valid', 'revoked');--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"action" varchar(32) NOT NULL,
	"from_state" "application_state",
	"to_state" "application_state" NOT NULL,
	"actor_id" uuid,
	"actor_role" varchar(32) NOT NULL,
	"actor_org_unit_id" integer,
	"comment" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"material_key" varchar(64) NOT NULL,
	"blob_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_number_counters" (
	"day" date NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "application_number_counters_day_pk" PRIMARY KEY("day")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20),
	"service_id" integer NOT NULL,
	"applicant_id" uuid NOT NULL,
	"applicant_id_hash" varchar(64) NOT NULL,
	"state" "application_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"form_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"station_id" integer,
	"station_path" text,
	"supplement_request" jsonb,
	"delivery" jsonb DEFAULT '{"method":"window"}'::jsonb NOT NULL,
	"payment_order_no" varchar(32),
	"paid_at" timestamp with time zone,
	"assigned_to" uuid,
	"assigned_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"state_since" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"window_deadline" date,
	"reminder_sent_at" timestamp with time zone,
	"originals_check" jsonb,
	"outcome_reason" text,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_no" varchar(32) NOT NULL,
	"purpose" varchar(32) NOT NULL,
	"subject_type" varchar(32) NOT NULL,
	"subject_id" text NOT NULL,
	"payer_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"description" text NOT NULL,
	"provider" varchar(16) NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"provider_trade_no" text,
	"idempotency_key" text NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"return_path" text NOT NULL,
	"paid_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_orderNo_unique" UNIQUE("order_no"),
	CONSTRAINT "payments_amount_fen_positive" CHECK ("payments"."amount_fen" > 0),
	CONSTRAINT "payments_return_path_local" CHECK ("payments"."return_path" like '/%' and "payments"."return_path" not like '%//%')
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(24) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"subject_type" varchar(32) NOT NULL,
	"subject_id" text NOT NULL,
	"title" text NOT NULL,
	"holder_name_masked" text NOT NULL,
	"facts" jsonb NOT NULL,
	"issuing_unit_id" integer NOT NULL,
	"issued_by" uuid,
	"owner_id" uuid,
	"pdf_blob_id" uuid NOT NULL,
	"status" "document_status" DEFAULT 'valid' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_documents_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "former_names" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "birthplace" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "education" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "marital_status" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "military_service" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "employer" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "occupation" text;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_org_unit_id_org_units_id_fk" FOREIGN KEY ("actor_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_blob_id_blobs_id_fk" FOREIGN KEY ("blob_id") REFERENCES "public"."blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_station_id_org_units_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_document_id_issued_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payer_id_users_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issuing_unit_id_org_units_id_fk" FOREIGN KEY ("issuing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_pdf_blob_id_blobs_id_fk" FOREIGN KEY ("pdf_blob_id") REFERENCES "public"."blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_id_at_index" ON "application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "application_events_actor_id_index" ON "application_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "application_events_actor_org_unit_id_index" ON "application_events" USING btree ("actor_org_unit_id");--> statement-breakpoint
CREATE INDEX "application_materials_application_id_material_key_index" ON "application_materials" USING btree ("application_id","material_key");--> statement-breakpoint
CREATE INDEX "application_materials_blob_id_index" ON "application_materials" USING btree ("blob_id");--> statement-breakpoint
CREATE INDEX "applications_service_id_index" ON "applications" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "applications_applicant_id_created_at_index" ON "applications" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_applicant_id_hash_service_id_index" ON "applications" USING btree ("applicant_id_hash","service_id");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("station_path" text_pattern_ops,"state","state_since");--> statement-breakpoint
CREATE INDEX "applications_station_id_state_index" ON "applications" USING btree ("station_id","state");--> statement-breakpoint
CREATE INDEX "applications_assigned_to_index" ON "applications" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "applications_state_window_deadline_index" ON "applications" USING btree ("state","window_deadline");--> statement-breakpoint
CREATE INDEX "applications_document_id_index" ON "applications" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_draft_idx" ON "applications" USING btree ("applicant_id","service_id") WHERE "applications"."state" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_key_attempt_index" ON "payments" USING btree ("idempotency_key","attempt");--> statement-breakpoint
CREATE INDEX "payments_payer_id_index" ON "payments" USING btree ("payer_id");--> statement-breakpoint
CREATE INDEX "payments_subject_type_subject_id_index" ON "payments" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "payments_status_expires_at_index" ON "payments" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "issued_documents_issuing_unit_id_index" ON "issued_documents" USING btree ("issuing_unit_id");--> statement-breakpoint
CREATE INDEX "issued_documents_issued_by_index" ON "issued_documents" USING btree ("issued_by");--> statement-breakpoint
CREATE INDEX "issued_documents_owner_id_index" ON "issued_documents" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "issued_documents_pdf_blob_id_index" ON "issued_documents" USING btree ("pdf_blob_id");--> statement-breakpoint
CREATE INDEX "issued_documents_subject_type_subject_id_index" ON "issued_documents" USING btree ("subject_type","subject_id");