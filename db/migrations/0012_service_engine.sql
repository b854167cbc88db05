CREATE TYPE "public"."org_unit_type" AS ENUM('bureau', 'station', 'vehicle_admin', 'exit_entry', 'cyber', 'public_order', 'narcotics', 'custody', 'criminal', 'inspection');--> statement-breakpoint
ALTER TYPE "public"."org_level" ADD VALUE 'desk';--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "unit_type" "org_unit_type" DEFAULT 'bureau' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "engine" jsonb;--> statement-breakpoint
CREATE INDEX "org_units_unit_type_index" ON "org_units" USING btree ("unit_type");--> statement-breakpoint
UPDATE "org_units" SET "unit_type" = 'station' WHERE "level" = 'station';
