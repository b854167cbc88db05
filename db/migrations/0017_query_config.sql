ALTER TYPE "public"."code_purpose" ADD VALUE 'query_confirm';--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "query" jsonb;