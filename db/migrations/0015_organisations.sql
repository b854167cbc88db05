CREATE TYPE "public"."enterprise_industry" AS ENUM('hotel', 'seal_engraving', 'pawn', 'security', 'internet', 'other');--> statement-breakpoint
CREATE TYPE "public"."enterprise_status" AS ENUM('active', 'revoked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."organisation_role" AS ENUM('legal_representative', 'authorised');--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uscc" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"industry" "enterprise_industry" DEFAULT 'other' NOT NULL,
	"legal_rep_name" text NOT NULL,
	"legal_rep_id_hash" varchar(64) NOT NULL,
	"legal_rep_id_enc" text NOT NULL,
	"registered_address" text NOT NULL,
	"division_code" varchar(6) NOT NULL,
	"status" "enterprise_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "organisation_role" NOT NULL,
	"authorised_by" uuid,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_enterpriseId_unique" UNIQUE("enterprise_id")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_authorised_by_users_id_fk" FOREIGN KEY ("authorised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_legal_rep_id_hash_index" ON "enterprises" USING btree ("legal_rep_id_hash");--> statement-breakpoint
CREATE INDEX "organisation_members_organisation_id_index" ON "organisation_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_members_user_id_index" ON "organisation_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organisation_members_authorised_by_index" ON "organisation_members" USING btree ("authorised_by");--> statement-breakpoint
CREATE INDEX "organisation_members_revoked_by_index" ON "organisation_members" USING btree ("revoked_by");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_members_current_idx" ON "organisation_members" USING btree ("organisation_id","user_id") WHERE "organisation_members"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "organisations_created_by_index" ON "organisations" USING btree ("created_by");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_organisation_id_created_at_index" ON "applications" USING btree ("organisation_id","created_at");