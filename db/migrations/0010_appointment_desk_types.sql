CREATE TYPE "public"."appointment_desk_type" AS ENUM('household', 'exit_entry');--> statement-breakpoint
ALTER TABLE "appointment_templates" ADD COLUMN "desk_type" "appointment_desk_type";--> statement-breakpoint
-- Windows made before desk types existed: the exit-entry halls' windows are named for them (出入境…), every other one is a household window.
UPDATE "appointment_templates" SET "desk_type" = CASE WHEN "window" LIKE '%出入境%' THEN 'exit_entry'::"appointment_desk_type" ELSE 'household'::"appointment_desk_type" END;--> statement-breakpoint
ALTER TABLE "appointment_templates" ALTER COLUMN "desk_type" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "appointment_templates_desk_type_active_index" ON "appointment_templates" USING btree ("desk_type","active");
