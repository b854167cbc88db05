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
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_show_codes" ADD CONSTRAINT "licence_show_codes_driving_licence_id_driving_licences_id_fk" FOREIGN KEY ("driving_licence_id") REFERENCES "public"."driving_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_id_cards" ADD CONSTRAINT "resident_id_cards_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licence_show_codes_user_id_index" ON "licence_show_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "licence_show_codes_resident_id_index" ON "licence_show_codes" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "licence_show_codes_driving_licence_id_index" ON "licence_show_codes" USING btree ("driving_licence_id");