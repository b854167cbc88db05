ALTER TYPE "public"."role" ADD VALUE 'exit_entry_officer' BEFORE 'insurer';--> statement-breakpoint
CREATE TABLE "travel_document_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"expiry_date" date NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "travel_documents_status_expiry_date_index";--> statement-breakpoint
ALTER TABLE "travel_document_reminders" ADD CONSTRAINT "travel_document_reminders_document_id_travel_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."travel_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_document_reminders" ADD CONSTRAINT "travel_document_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "travel_document_reminders_document_id_expiry_date_index" ON "travel_document_reminders" USING btree ("document_id","expiry_date");--> statement-breakpoint
CREATE INDEX "travel_document_reminders_user_id_index" ON "travel_document_reminders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "travel_documents_status_expiry_date_id_index" ON "travel_documents" USING btree ("status","expiry_date","id");