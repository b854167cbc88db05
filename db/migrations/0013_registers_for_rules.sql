CREATE TYPE "public"."crossing_direction" AS ENUM('exit', 'entry');--> statement-breakpoint
CREATE TYPE "public"."licence_event_kind" AS ENUM('renewal', 'reissue', 'electronic');--> statement-breakpoint
CREATE TYPE "public"."licence_term" AS ENUM('six_years', 'ten_years', 'long_term');--> statement-breakpoint
CREATE TYPE "public"."vehicle_event_kind" AS ENUM('licence_reissue', 'plate_reissue', 'inspection_label', 'owner_contact');--> statement-breakpoint
CREATE TYPE "public"."dog_status" AS ENUM('registered', 'cancelled', 'lost', 'dead');--> statement-breakpoint
CREATE TYPE "public"."special_trade_employment_status" AS ENUM('employed', 'left');--> statement-breakpoint
ALTER TYPE "public"."licence_status" ADD VALUE 'cancelled';--> statement-breakpoint
ALTER TYPE "public"."vehicle_status" ADD VALUE 'stolen';--> statement-breakpoint
CREATE TABLE "border_crossings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"direction" "crossing_direction" NOT NULL,
	"port" text NOT NULL,
	"crossed_at" timestamp with time zone NOT NULL,
	"document_id" uuid,
	"document_type" "travel_document_type" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "driving_licence_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"licence_id" uuid NOT NULL,
	"kind" "licence_event_kind" NOT NULL,
	"application_number" varchar(20) NOT NULL,
	"previous_valid_until" date,
	"valid_until" date,
	"issued_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vehicle_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"kind" "vehicle_event_kind" NOT NULL,
	"application_number" varchar(20) NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"issued_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criminal_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_enc" text NOT NULL,
	"offence" text NOT NULL,
	"court" text NOT NULL,
	"judgment_date" date NOT NULL,
	"sentence" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dogs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" varchar(20) NOT NULL,
	"owner_resident_id" uuid NOT NULL,
	"name" text NOT NULL,
	"breed" text NOT NULL,
	"sex" varchar(1) NOT NULL,
	"colour" text NOT NULL,
	"registered_on" date NOT NULL,
	"rabies_vaccinated_until" date NOT NULL,
	"last_inspected_on" date,
	"inspection_due" date NOT NULL,
	"status" "dog_status" DEFAULT 'registered' NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dogs_registrationNumber_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
CREATE TABLE "special_trade_employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"employer_name" text NOT NULL,
	"trade" text NOT NULL,
	"position" text NOT NULL,
	"started_on" date NOT NULL,
	"status" "special_trade_employment_status" DEFAULT 'employed' NOT NULL,
	"application_number" varchar(20) NOT NULL,
	"org_unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "driving_licences" ALTER COLUMN "valid_until" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "driving_licences" ADD COLUMN "term" "licence_term" DEFAULT 'six_years' NOT NULL;--> statement-breakpoint
ALTER TABLE "driving_licences" ADD COLUMN "health_certified_on" date;--> statement-breakpoint
ALTER TABLE "driving_licences" ADD COLUMN "electronic_issued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "inspection_exempt" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "inspection_label_year" integer;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "insurance_valid_until" date;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "owner_phone_enc" text;--> statement-breakpoint
ALTER TABLE "border_crossings" ADD CONSTRAINT "border_crossings_document_id_travel_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."travel_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_events" ADD CONSTRAINT "driving_licence_events_licence_id_driving_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."driving_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_events" ADD CONSTRAINT "driving_licence_events_issued_by_org_units_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_events" ADD CONSTRAINT "vehicle_events_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_events" ADD CONSTRAINT "vehicle_events_issued_by_org_units_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dogs" ADD CONSTRAINT "dogs_owner_resident_id_residents_id_fk" FOREIGN KEY ("owner_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dogs" ADD CONSTRAINT "dogs_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_trade_employees" ADD CONSTRAINT "special_trade_employees_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_trade_employees" ADD CONSTRAINT "special_trade_employees_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "border_crossings_id_number_hash_crossed_at_index" ON "border_crossings" USING btree ("id_number_hash","crossed_at");--> statement-breakpoint
CREATE INDEX "border_crossings_document_id_index" ON "border_crossings" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "driving_licence_events_licence_id_index" ON "driving_licence_events" USING btree ("licence_id");--> statement-breakpoint
CREATE INDEX "driving_licence_events_issued_by_index" ON "driving_licence_events" USING btree ("issued_by");--> statement-breakpoint
CREATE INDEX "vehicle_events_vehicle_id_kind_index" ON "vehicle_events" USING btree ("vehicle_id","kind");--> statement-breakpoint
CREATE INDEX "vehicle_events_issued_by_index" ON "vehicle_events" USING btree ("issued_by");--> statement-breakpoint
CREATE INDEX "criminal_records_id_number_hash_index" ON "criminal_records" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "dogs_owner_resident_id_index" ON "dogs" USING btree ("owner_resident_id");--> statement-breakpoint
CREATE INDEX "dogs_org_unit_id_index" ON "dogs" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "special_trade_employees_resident_id_index" ON "special_trade_employees" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "special_trade_employees_org_unit_id_index" ON "special_trade_employees" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "special_trade_employees_one_current" ON "special_trade_employees" USING btree ("resident_id","employer_name") WHERE "special_trade_employees"."status" = 'employed';--> statement-breakpoint
ALTER TABLE "driving_licences" ADD CONSTRAINT "driving_licences_long_term" CHECK (("driving_licences"."term" = 'long_term') = ("driving_licences"."valid_until" is null));