CREATE TYPE "public"."travel_document_status" AS ENUM('valid', 'expired', 'cancelled', 'lost');--> statement-breakpoint
CREATE TYPE "public"."travel_document_type" AS ENUM('passport', 'hk_macau_permit', 'taiwan_permit');--> statement-breakpoint
CREATE TYPE "public"."licence_status" AS ENUM('valid', 'suspended', 'revoked', 'expired');--> statement-breakpoint
CREATE TYPE "public"."vehicle_status" AS ENUM('normal', 'scrapped', 'transferred', 'seized');--> statement-breakpoint
CREATE TYPE "public"."layout_placement" AS ENUM('pinned', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."processing_mode" AS ENUM('auto', 'station', 'station_county', 'window');--> statement-breakpoint
CREATE TYPE "public"."service_kind" AS ENUM('handle', 'appointment', 'query', 'notice');--> statement-breakpoint
CREATE TYPE "public"."usage_kind" AS ENUM('view', 'start', 'submit');--> statement-breakpoint
CREATE TABLE "travel_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"type" "travel_document_type" NOT NULL,
	"document_number" varchar(20) NOT NULL,
	"issue_date" date NOT NULL,
	"expiry_date" date NOT NULL,
	"status" "travel_document_status" DEFAULT 'valid' NOT NULL,
	"issuing_authority" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "driving_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"archive_number" varchar(12) NOT NULL,
	"vehicle_classes" text NOT NULL,
	"first_issued" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"status" "licence_status" DEFAULT 'valid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "driving_licences_residentId_unique" UNIQUE("resident_id"),
	CONSTRAINT "driving_licences_archiveNumber_unique" UNIQUE("archive_number")
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plate_number" varchar(10) NOT NULL,
	"plate_type" varchar(2) NOT NULL,
	"vehicle_type" text NOT NULL,
	"brand" text NOT NULL,
	"colour" text NOT NULL,
	"vin" varchar(17) NOT NULL,
	"owner_resident_id" uuid,
	"registered_at" date NOT NULL,
	"inspection_due" date NOT NULL,
	"status" "vehicle_status" DEFAULT 'normal' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vehicles_vin_unique" UNIQUE("vin")
);
--> statement-breakpoint
CREATE TABLE "favourite_services" (
	"user_id" uuid NOT NULL,
	"service_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "favourite_services_user_id_service_id_pk" PRIMARY KEY("user_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "service_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" varchar(32) NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_layout_items" (
	"layout_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"placement" "layout_placement" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "service_layout_items_layout_id_service_id_pk" PRIMARY KEY("layout_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "service_layouts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_layouts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid,
	"group_id" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_layouts_userId_unique" UNIQUE("user_id"),
	CONSTRAINT "service_layouts_groupId_unique" UNIQUE("group_id")
);
--> statement-breakpoint
CREATE TABLE "service_usage_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_usage_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid,
	"service_id" integer NOT NULL,
	"kind" "usage_kind" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"category_id" integer NOT NULL,
	"kind" "service_kind" NOT NULL,
	"mode" "processing_mode" NOT NULL,
	"summary" text NOT NULL,
	"synonyms" text[] DEFAULT '{}' NOT NULL,
	"pinyin" text DEFAULT '' NOT NULL,
	"pinyin_initials" text DEFAULT '' NOT NULL,
	"guide" jsonb NOT NULL,
	"form_schema" jsonb,
	"enabled" boolean DEFAULT true NOT NULL,
	"maintenance" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "user_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "user_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"rules" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_service_usage" (
	"user_id" uuid NOT NULL,
	"service_id" integer NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"starts" integer DEFAULT 0 NOT NULL,
	"submits" integer DEFAULT 0 NOT NULL,
	"last_used_at" timestamp with time zone NOT NULL,
	CONSTRAINT "user_service_usage_user_id_service_id_pk" PRIMARY KEY("user_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "consent_version" varchar(16);--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "travel_documents" ADD CONSTRAINT "travel_documents_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licences" ADD CONSTRAINT "driving_licences_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_owner_resident_id_residents_id_fk" FOREIGN KEY ("owner_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "favourite_services" ADD CONSTRAINT "favourite_services_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "favourite_services" ADD CONSTRAINT "favourite_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_layout_items" ADD CONSTRAINT "service_layout_items_layout_id_service_layouts_id_fk" FOREIGN KEY ("layout_id") REFERENCES "public"."service_layouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_layout_items" ADD CONSTRAINT "service_layout_items_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_layouts" ADD CONSTRAINT "service_layouts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_layouts" ADD CONSTRAINT "service_layouts_group_id_user_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."user_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_layouts" ADD CONSTRAINT "service_layouts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_usage_events" ADD CONSTRAINT "service_usage_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_usage_events" ADD CONSTRAINT "service_usage_events_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_service_usage" ADD CONSTRAINT "user_service_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_service_usage" ADD CONSTRAINT "user_service_usage_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "travel_documents_resident_id_index" ON "travel_documents" USING btree ("resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_documents_type_document_number_index" ON "travel_documents" USING btree ("type","document_number");--> statement-breakpoint
CREATE INDEX "travel_documents_status_expiry_date_index" ON "travel_documents" USING btree ("status","expiry_date");--> statement-breakpoint
CREATE INDEX "driving_licences_status_valid_until_index" ON "driving_licences" USING btree ("status","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_plate_number_plate_type_index" ON "vehicles" USING btree ("plate_number","plate_type");--> statement-breakpoint
CREATE INDEX "vehicles_owner_resident_id_index" ON "vehicles" USING btree ("owner_resident_id");--> statement-breakpoint
CREATE INDEX "vehicles_org_unit_id_index" ON "vehicles" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "favourite_services_service_id_index" ON "favourite_services" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_layout_items_service_id_index" ON "service_layout_items" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_layouts_updated_by_index" ON "service_layouts" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "service_usage_events_user_id_at_index" ON "service_usage_events" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "service_usage_events_service_id_at_index" ON "service_usage_events" USING btree ("service_id","at");--> statement-breakpoint
CREATE INDEX "service_versions_service_id_version_index" ON "service_versions" USING btree ("service_id","version");--> statement-breakpoint
CREATE INDEX "service_versions_changed_by_index" ON "service_versions" USING btree ("changed_by");--> statement-breakpoint
CREATE INDEX "services_category_id_sort_order_index" ON "services" USING btree ("category_id","sort_order");--> statement-breakpoint
CREATE INDEX "services_enabled_index" ON "services" USING btree ("enabled");--> statement-breakpoint
CREATE INDEX "user_service_usage_service_id_index" ON "user_service_usage" USING btree ("service_id");