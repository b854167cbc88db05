CREATE TYPE "public"."accident_status" AS ENUM('gathering', 'agreeing', 'awaiting_determination', 'retake', 'agreed', 'determined');--> statement-breakpoint
CREATE TYPE "public"."liability" AS ENUM('full', 'main', 'equal', 'secondary', 'none');--> statement-breakpoint
ALTER TYPE "public"."code_purpose" ADD VALUE 'accident_sign';--> statement-breakpoint
CREATE TABLE "accident_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accident_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"licence_number_enc" text NOT NULL,
	"licence_number_hash" varchar(64) NOT NULL,
	"plate_number" varchar(10) NOT NULL,
	"insurer_id" integer NOT NULL,
	"phone_enc" text NOT NULL,
	"statement" text,
	"claimed_liability" "liability",
	"signed_at" timestamp with time zone,
	"liability" "liability",
	"assessed_loss_fen" integer,
	"assessed_at" timestamp with time zone,
	"assessed_by" uuid,
	"paid_fen" integer,
	"paid_at" timestamp with time zone,
	"paid_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accident_parties_position" CHECK ("accident_parties"."position" between 1 and 5),
	CONSTRAINT "accident_parties_paid_after_assessed" CHECK ("accident_parties"."paid_at" is null or "accident_parties"."assessed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "accident_photos" (
	"accident_id" uuid NOT NULL,
	"slot" varchar(32) NOT NULL,
	"blob_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accident_photos_accident_id_slot_pk" PRIMARY KEY("accident_id","slot")
);
--> statement-breakpoint
CREATE TABLE "accidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(6) NOT NULL,
	"reporter_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"org_unit_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"party_count" smallint DEFAULT 2 NOT NULL,
	"status" "accident_status" DEFAULT 'gathering' NOT NULL,
	"awaiting_since" timestamp with time zone,
	"last_photo_at" timestamp with time zone,
	"retake_slot" varchar(32),
	"retake_note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_rule" text,
	"decision_note" text,
	"document_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accidents_party_count" CHECK ("accidents"."party_count" between 2 and 5)
);
--> statement-breakpoint
CREATE TABLE "insurer_staff" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"insurer_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurers" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "accident_parties" ADD CONSTRAINT "accident_parties_accident_id_accidents_id_fk" FOREIGN KEY ("accident_id") REFERENCES "public"."accidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_parties" ADD CONSTRAINT "accident_parties_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_parties" ADD CONSTRAINT "accident_parties_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_parties" ADD CONSTRAINT "accident_parties_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_parties" ADD CONSTRAINT "accident_parties_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_photos" ADD CONSTRAINT "accident_photos_accident_id_accidents_id_fk" FOREIGN KEY ("accident_id") REFERENCES "public"."accidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_photos" ADD CONSTRAINT "accident_photos_blob_id_blobs_id_fk" FOREIGN KEY ("blob_id") REFERENCES "public"."blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_photos" ADD CONSTRAINT "accident_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_document_id_issued_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurer_staff" ADD CONSTRAINT "insurer_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurer_staff" ADD CONSTRAINT "insurer_staff_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accident_parties_accident_id_position_index" ON "accident_parties" USING btree ("accident_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "accident_parties_accident_id_user_id_index" ON "accident_parties" USING btree ("accident_id","user_id");--> statement-breakpoint
CREATE INDEX "accident_parties_user_id_index" ON "accident_parties" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accident_parties_insurer_id_liability_index" ON "accident_parties" USING btree ("insurer_id","liability");--> statement-breakpoint
CREATE INDEX "accident_parties_assessed_by_index" ON "accident_parties" USING btree ("assessed_by");--> statement-breakpoint
CREATE INDEX "accident_parties_paid_by_index" ON "accident_parties" USING btree ("paid_by");--> statement-breakpoint
CREATE INDEX "accident_photos_blob_id_index" ON "accident_photos" USING btree ("blob_id");--> statement-breakpoint
CREATE INDEX "accident_photos_uploaded_by_index" ON "accident_photos" USING btree ("uploaded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "accidents_open_code_idx" ON "accidents" USING btree ("code") WHERE "accidents"."status" = 'gathering';--> statement-breakpoint
CREATE INDEX "accidents_reporter_id_index" ON "accidents" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "accidents_org_unit_id_index" ON "accidents" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "accidents_decided_by_index" ON "accidents" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "accidents_document_id_index" ON "accidents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "accidents_queue_idx" ON "accidents" USING btree ("org_path" text_pattern_ops,"status","awaiting_since");--> statement-breakpoint
CREATE INDEX "insurer_staff_insurer_id_index" ON "insurer_staff" USING btree ("insurer_id");