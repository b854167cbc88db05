CREATE TYPE "public"."official_filing_status" AS ENUM('filed', 'removed');--> statement-breakpoint
CREATE TYPE "public"."guard_certificate_status" AS ENUM('valid', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."notice_objection_state" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TYPE "public"."notice_state" AS ENUM('draft', 'pending_approval', 'published', 'expired', 'archived', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."lost_found_category" AS ENUM('documents', 'phone', 'electronics', 'wallet', 'bag', 'keys', 'jewellery', 'clothing', 'other');--> statement-breakpoint
CREATE TYPE "public"."lost_found_status" AS ENUM('held', 'returned', 'handed_over');--> statement-breakpoint
CREATE TYPE "public"."police_card_status" AS ENUM('valid', 'reported_lost', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."filing_entity_type" AS ENUM('enterprise', 'government', 'institution', 'individual');--> statement-breakpoint
CREATE TYPE "public"."filing_status" AS ENUM('active', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."fraud_indicator_kind" AS ENUM('phone', 'url');--> statement-breakpoint
CREATE TYPE "public"."fraud_indicator_status" AS ENUM('flagged', 'cleared');--> statement-breakpoint
CREATE TYPE "public"."subscriber_line_kind" AS ENUM('phone_card', 'bank_account', 'payment_account');--> statement-breakpoint
CREATE TYPE "public"."subscriber_line_status" AS ENUM('active', 'suspended', 'closed');--> statement-breakpoint
CREATE TYPE "public"."precursor_direction" AS ENUM('import', 'export');--> statement-breakpoint
CREATE TYPE "public"."precursor_permit_status" AS ENUM('valid', 'used', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."treatment_measure" AS ENUM('community_treatment', 'compulsory_isolation', 'community_rehabilitation');--> statement-breakpoint
CREATE TYPE "public"."treatment_status" AS ENUM('in_progress', 'completed', 'ended_early');--> statement-breakpoint
CREATE TYPE "public"."bail_deposit_status" AS ENUM('held', 'refund_due', 'refunded', 'forfeited');--> statement-breakpoint
CREATE TYPE "public"."detention_contact_role" AS ENUM('family', 'lawyer');--> statement-breakpoint
CREATE TYPE "public"."detention_measure" AS ENUM('criminal_detention', 'arrest', 'administrative_detention');--> statement-breakpoint
CREATE TYPE "public"."detention_status" AS ENUM('held', 'released', 'transferred');--> statement-breakpoint
ALTER TYPE "public"."code_purpose" ADD VALUE 'query_confirm';--> statement-breakpoint
CREATE TABLE "official_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"employer" text NOT NULL,
	"category" text NOT NULL,
	"filed_on" date NOT NULL,
	"status" "official_filing_status" DEFAULT 'filed' NOT NULL,
	"removed_on" date,
	"documents_kept_by_employer" boolean NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_lawyers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"certificate_number" varchar(17) NOT NULL,
	"law_firm" text NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_enc" text NOT NULL,
	"client_name" text NOT NULL,
	"client_id_hash" varchar(64) NOT NULL,
	"file_reading_note" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guard_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_number" varchar(20) NOT NULL,
	"holder_name" text NOT NULL,
	"holder_id_hash" varchar(64) NOT NULL,
	"holder_id_enc" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"status" "guard_certificate_status" DEFAULT 'valid' NOT NULL,
	"revoked_on" date,
	"employer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guard_certificates_certificateNumber_unique" UNIQUE("certificate_number")
);
--> statement-breakpoint
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
CREATE TABLE "licence_show_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_hash" varchar(64) NOT NULL,
	"user_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"driving_licence_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licence_show_codes_codeHash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "resident_id_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"issuing_authority" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_id_cards_residentId_unique" UNIQUE("resident_id")
);
--> statement-breakpoint
CREATE TABLE "lost_found_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_number" varchar(24) NOT NULL,
	"category" "lost_found_category" NOT NULL,
	"description" text NOT NULL,
	"identifying_marks" text NOT NULL,
	"found_place" text NOT NULL,
	"found_on" date NOT NULL,
	"org_unit_id" integer NOT NULL,
	"status" "lost_found_status" DEFAULT 'held' NOT NULL,
	"recorded_by" uuid,
	"claimant_name" text,
	"claimant_id_hash" varchar(64),
	"claimant_id_enc" text,
	"returned_at" timestamp with time zone,
	"returned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lost_found_items_itemNumber_unique" UNIQUE("item_number")
);
--> statement-breakpoint
CREATE TABLE "community_police_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" integer NOT NULL,
	"community" text NOT NULL,
	"streets" text[] DEFAULT '{}' NOT NULL,
	"officer_name" text NOT NULL,
	"police_number" varchar(8) NOT NULL,
	"duty_phone" varchar(20) NOT NULL,
	"office" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "police_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"police_number" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"issued_on" date NOT NULL,
	"status" "police_card_status" DEFAULT 'valid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "police_cards_policeNumber_unique" UNIQUE("police_number")
);
--> statement-breakpoint
CREATE TABLE "fraud_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "fraud_indicator_kind" NOT NULL,
	"value" varchar(253) NOT NULL,
	"scheme" varchar(32) NOT NULL,
	"report_count" integer DEFAULT 1 NOT NULL,
	"flagged_on" date NOT NULL,
	"status" "fraud_indicator_status" DEFAULT 'flagged' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internet_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filing_number" varchar(14) NOT NULL,
	"site_name" text NOT NULL,
	"domain" varchar(253) NOT NULL,
	"entity_name" text NOT NULL,
	"entity_type" "filing_entity_type" NOT NULL,
	"filed_on" date NOT NULL,
	"status" "filing_status" DEFAULT 'active' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internet_filings_filingNumber_unique" UNIQUE("filing_number")
);
--> statement-breakpoint
CREATE TABLE "subscriber_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"holder_id_hash" varchar(64) NOT NULL,
	"kind" "subscriber_line_kind" NOT NULL,
	"provider" text NOT NULL,
	"last_four" varchar(4) NOT NULL,
	"opened_on" date NOT NULL,
	"opened_at" text NOT NULL,
	"status" "subscriber_line_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drug_treatment_family" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"treatment_id" uuid NOT NULL,
	"relation" varchar(20) NOT NULL,
	"name" text NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drug_treatments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_number" varchar(40) NOT NULL,
	"subject_name" text NOT NULL,
	"subject_id_hash" varchar(64) NOT NULL,
	"subject_id_enc" text NOT NULL,
	"measure" "treatment_measure" NOT NULL,
	"facility" text NOT NULL,
	"visiting_note" text NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "treatment_status" DEFAULT 'in_progress' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drug_treatments_decisionNumber_unique" UNIQUE("decision_number")
);
--> statement-breakpoint
CREATE TABLE "precursor_permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permit_number" varchar(20) NOT NULL,
	"direction" "precursor_direction" NOT NULL,
	"company_name" text NOT NULL,
	"chemical" text NOT NULL,
	"quantity_kg" numeric(12, 3) NOT NULL,
	"country" text NOT NULL,
	"port" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" "precursor_permit_status" DEFAULT 'valid' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "precursor_permits_permitNumber_unique" UNIQUE("permit_number")
);
--> statement-breakpoint
CREATE TABLE "bail_deposits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receipt_number" varchar(24) NOT NULL,
	"depositor_name" text NOT NULL,
	"depositor_id_hash" varchar(64) NOT NULL,
	"depositor_id_enc" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_on" date NOT NULL,
	"bail_from" date NOT NULL,
	"bail_ended_on" date,
	"status" "bail_deposit_status" DEFAULT 'held' NOT NULL,
	"refunded_on" date,
	"forfeit_decision" text,
	"bank" text NOT NULL,
	"handling_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bail_deposits_receiptNumber_unique" UNIQUE("receipt_number")
);
--> statement-breakpoint
CREATE TABLE "detention_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"detention_id" uuid NOT NULL,
	"role" "detention_contact_role" NOT NULL,
	"relation" varchar(20),
	"name" text NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_enc" text NOT NULL,
	"certificate_number" varchar(17),
	"law_firm" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "detentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_number" varchar(40) NOT NULL,
	"detainee_name" text NOT NULL,
	"detainee_id_hash" varchar(64) NOT NULL,
	"detainee_id_enc" text NOT NULL,
	"measure" "detention_measure" NOT NULL,
	"reason" text NOT NULL,
	"detained_at" timestamp with time zone NOT NULL,
	"notice_sent_at" timestamp with time zone NOT NULL,
	"facility" text NOT NULL,
	"facility_address" text NOT NULL,
	"status" "detention_status" DEFAULT 'held' NOT NULL,
	"ended_on" date,
	"handling_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "detentions_noticeNumber_unique" UNIQUE("notice_number")
);
--> statement-breakpoint
ALTER TABLE "border_crossings" ADD COLUMN "record_number" varchar(20);--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "query" jsonb;--> statement-breakpoint
ALTER TABLE "official_filings" ADD CONSTRAINT "official_filings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_lawyers" ADD CONSTRAINT "case_lawyers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guard_certificates" ADD CONSTRAINT "guard_certificates_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_citizen_id_users_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_publishing_unit_id_org_units_id_fk" FOREIGN KEY ("publishing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_drafted_by_users_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_driving_licence_id_driving_licences_id_fk" FOREIGN KEY ("driving_licence_id") REFERENCES "public"."driving_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_id_cards" ADD CONSTRAINT "resident_id_cards_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_found_items" ADD CONSTRAINT "lost_found_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_found_items" ADD CONSTRAINT "lost_found_items_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_found_items" ADD CONSTRAINT "lost_found_items_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_police_areas" ADD CONSTRAINT "community_police_areas_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_police_areas" ADD CONSTRAINT "community_police_areas_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_cards" ADD CONSTRAINT "police_cards_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_indicators" ADD CONSTRAINT "fraud_indicators_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internet_filings" ADD CONSTRAINT "internet_filings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drug_treatment_family" ADD CONSTRAINT "drug_treatment_family_treatment_id_drug_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."drug_treatments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drug_treatments" ADD CONSTRAINT "drug_treatments_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "precursor_permits" ADD CONSTRAINT "precursor_permits_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bail_deposits" ADD CONSTRAINT "bail_deposits_handling_unit_id_org_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detention_contacts" ADD CONSTRAINT "detention_contacts_detention_id_detentions_id_fk" FOREIGN KEY ("detention_id") REFERENCES "public"."detentions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detentions" ADD CONSTRAINT "detentions_handling_unit_id_org_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "official_filings_id_number_hash_index" ON "official_filings" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "official_filings_org_unit_id_index" ON "official_filings" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "case_lawyers_case_id_index" ON "case_lawyers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_lawyers_id_number_hash_index" ON "case_lawyers" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "guard_certificates_org_unit_id_index" ON "guard_certificates" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "guard_certificates_holder_id_hash_index" ON "guard_certificates" USING btree ("holder_id_hash");--> statement-breakpoint
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
CREATE INDEX "notices_publishing_path_prefix_idx" ON "notices" USING btree ("publishing_path" text_pattern_ops,"state");--> statement-breakpoint
CREATE INDEX "licence_show_codes_user_id_index" ON "licence_show_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "licence_show_codes_resident_id_index" ON "licence_show_codes" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "licence_show_codes_driving_licence_id_index" ON "licence_show_codes" USING btree ("driving_licence_id");--> statement-breakpoint
CREATE INDEX "lost_found_items_org_unit_id_status_index" ON "lost_found_items" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "lost_found_items_status_found_on_index" ON "lost_found_items" USING btree ("status","found_on");--> statement-breakpoint
CREATE INDEX "lost_found_items_claimant_id_hash_index" ON "lost_found_items" USING btree ("claimant_id_hash");--> statement-breakpoint
CREATE INDEX "lost_found_items_recorded_by_index" ON "lost_found_items" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "lost_found_items_returned_by_index" ON "lost_found_items" USING btree ("returned_by");--> statement-breakpoint
CREATE INDEX "community_police_areas_org_unit_id_index" ON "community_police_areas" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "community_police_areas_updated_by_index" ON "community_police_areas" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "police_cards_org_unit_id_index" ON "police_cards" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fraud_indicators_kind_value_index" ON "fraud_indicators" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "fraud_indicators_org_unit_id_index" ON "fraud_indicators" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "internet_filings_domain_index" ON "internet_filings" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "internet_filings_org_unit_id_index" ON "internet_filings" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "subscriber_lines_holder_id_hash_index" ON "subscriber_lines" USING btree ("holder_id_hash");--> statement-breakpoint
CREATE INDEX "drug_treatment_family_treatment_id_index" ON "drug_treatment_family" USING btree ("treatment_id");--> statement-breakpoint
CREATE INDEX "drug_treatment_family_id_number_hash_index" ON "drug_treatment_family" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "drug_treatments_subject_id_hash_index" ON "drug_treatments" USING btree ("subject_id_hash");--> statement-breakpoint
CREATE INDEX "drug_treatments_org_unit_id_index" ON "drug_treatments" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "precursor_permits_org_unit_id_index" ON "precursor_permits" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "bail_deposits_depositor_id_hash_index" ON "bail_deposits" USING btree ("depositor_id_hash");--> statement-breakpoint
CREATE INDEX "bail_deposits_handling_unit_id_index" ON "bail_deposits" USING btree ("handling_unit_id");--> statement-breakpoint
CREATE INDEX "detention_contacts_detention_id_index" ON "detention_contacts" USING btree ("detention_id");--> statement-breakpoint
CREATE INDEX "detention_contacts_id_number_hash_index" ON "detention_contacts" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "detentions_detainee_id_hash_index" ON "detentions" USING btree ("detainee_id_hash");--> statement-breakpoint
CREATE INDEX "detentions_handling_unit_id_index" ON "detentions" USING btree ("handling_unit_id");--> statement-breakpoint
CREATE INDEX "residents_name_index" ON "residents" USING btree ("name");--> statement-breakpoint
ALTER TABLE "border_crossings" ADD CONSTRAINT "border_crossings_recordNumber_unique" UNIQUE("record_number");