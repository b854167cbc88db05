CREATE TYPE "public"."case_node_kind" AS ENUM('accepted', 'filed', 'not_filed', 'coercive_measure', 'transferred_for_prosecution', 'withdrawn', 'closed', 'other');--> statement-breakpoint
CREATE TYPE "public"."case_type" AS ENUM('administrative', 'criminal');--> statement-breakpoint
CREATE TYPE "public"."coercive_measure" AS ENUM('summons', 'bail', 'residential_surveillance', 'criminal_detention', 'arrest', 'administrative_detention');--> statement-breakpoint
CREATE TYPE "public"."query_person_relation" AS ENUM('party', 'family');--> statement-breakpoint
CREATE TABLE "case_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_node_kind" NOT NULL,
	"measure" "coercive_measure",
	"occurred_on" date NOT NULL,
	"remark" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_query_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"relation" "query_person_relation" NOT NULL,
	"family_relation" varchar(20),
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_enc" text NOT NULL,
	"phone_hash" varchar(64) NOT NULL,
	"phone_enc" text NOT NULL,
	"query_number_hash" varchar(64) NOT NULL,
	"query_number_issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_query_persons_queryNumberHash_unique" UNIQUE("query_number_hash")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" varchar(40) NOT NULL,
	"type" "case_type" NOT NULL,
	"title" text NOT NULL,
	"handling_unit_id" integer NOT NULL,
	"officer_in_charge_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_caseNumber_unique" UNIQUE("case_number")
);
--> statement-breakpoint
ALTER TABLE "case_nodes" ADD CONSTRAINT "case_nodes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_nodes" ADD CONSTRAINT "case_nodes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_query_persons" ADD CONSTRAINT "case_query_persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_query_persons" ADD CONSTRAINT "case_query_persons_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_query_persons" ADD CONSTRAINT "case_query_persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_handling_unit_id_org_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_officer_in_charge_id_users_id_fk" FOREIGN KEY ("officer_in_charge_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_nodes_case_id_occurred_on_index" ON "case_nodes" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE INDEX "case_nodes_recorded_by_index" ON "case_nodes" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "case_query_persons_case_id_index" ON "case_query_persons" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_query_persons_created_by_index" ON "case_query_persons" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "case_query_persons_revoked_by_index" ON "case_query_persons" USING btree ("revoked_by");--> statement-breakpoint
CREATE INDEX "cases_handling_unit_id_index" ON "cases" USING btree ("handling_unit_id");--> statement-breakpoint
CREATE INDEX "cases_officer_in_charge_id_index" ON "cases" USING btree ("officer_in_charge_id");--> statement-breakpoint
CREATE INDEX "cases_created_by_index" ON "cases" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "cases_created_at_index" ON "cases" USING btree ("created_at");