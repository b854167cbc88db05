ALTER TABLE "issued_documents" ALTER COLUMN "pdf_blob_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "pending_holder_name" text;