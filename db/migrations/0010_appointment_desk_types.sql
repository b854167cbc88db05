CREATE TYPE "public"."appointment_desk_type" AS ENUM('household', 'exit_entry');--> statement-breakpoint
ALTER TABLE "appointment_templates" ADD COLUMN "desk_type" "appointment_desk_type" NOT NULL;--> statement-breakpoint
CREATE INDEX "appointment_templates_desk_type_active_index" ON "appointment_templates" USING btree ("desk_type","active");