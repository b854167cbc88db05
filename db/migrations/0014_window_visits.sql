ALTER TYPE "public"."appointment_desk_type" ADD VALUE 'vehicle_admin';--> statement-breakpoint
ALTER TYPE "public"."appointment_desk_type" ADD VALUE 'service_hall';--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_application_id_index" ON "appointments" USING btree ("application_id");