CREATE TYPE "public"."exam_subject" AS ENUM('theory', 'site', 'road', 'safety');--> statement-breakpoint
CREATE TYPE "public"."seized_item_kind" AS ENUM('vehicle', 'driving_licence', 'vehicle_licence', 'plate');--> statement-breakpoint
CREATE TYPE "public"."seizure_status" AS ENUM('held', 'released');--> statement-breakpoint
CREATE TABLE "driving_exam_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"licence_class" varchar(4) NOT NULL,
	"subject" "exam_subject" NOT NULL,
	"exam_date" date NOT NULL,
	"venue" text NOT NULL,
	"score" integer NOT NULL,
	"passed" boolean NOT NULL,
	"attempt" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "driving_exam_results_score_range" CHECK ("driving_exam_results"."score" between 0 and 100),
	CONSTRAINT "driving_exam_results_attempt_positive" CHECK ("driving_exam_results"."attempt" >= 1)
);
--> statement-breakpoint
CREATE TABLE "traffic_seizures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"item_kind" "seized_item_kind" NOT NULL,
	"plate_number" varchar(10),
	"reason" text NOT NULL,
	"seized_on" date NOT NULL,
	"held_by" integer NOT NULL,
	"collect_at" text NOT NULL,
	"status" "seizure_status" DEFAULT 'held' NOT NULL,
	"released_on" date,
	"release_conditions" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "traffic_seizures_released_on" CHECK (("traffic_seizures"."status" = 'released') = ("traffic_seizures"."released_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "driving_exam_results" ADD CONSTRAINT "driving_exam_results_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_seizures" ADD CONSTRAINT "traffic_seizures_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_seizures" ADD CONSTRAINT "traffic_seizures_held_by_org_units_id_fk" FOREIGN KEY ("held_by") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "driving_exam_results_resident_id_subject_exam_date_index" ON "driving_exam_results" USING btree ("resident_id","subject","exam_date");--> statement-breakpoint
CREATE INDEX "traffic_seizures_resident_id_seized_on_index" ON "traffic_seizures" USING btree ("resident_id","seized_on");--> statement-breakpoint
CREATE INDEX "traffic_seizures_held_by_index" ON "traffic_seizures" USING btree ("held_by");