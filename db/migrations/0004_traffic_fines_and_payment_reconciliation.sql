CREATE TYPE "public"."violation_status" AS ENUM('unpaid', 'paid', 'processing');--> statement-breakpoint
CREATE TYPE "public"."payment_notification_outcome" AS ENUM('paid', 'already_paid', 'not_paid', 'refused', 'failed');--> statement-breakpoint
CREATE TABLE "fine_payment_items" (
	"payment_id" uuid NOT NULL,
	"violation_id" uuid NOT NULL,
	"fine_fen" integer NOT NULL,
	"surcharge_fen" integer NOT NULL,
	"receipt_document_id" uuid,
	CONSTRAINT "fine_payment_items_payment_id_violation_id_pk" PRIMARY KEY("payment_id","violation_id"),
	CONSTRAINT "fine_payment_items_amounts" CHECK ("fine_payment_items"."fine_fen" > 0 and "fine_payment_items"."surcharge_fen" between 0 and "fine_payment_items"."fine_fen")
);
--> statement-breakpoint
CREATE TABLE "traffic_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"plate_number" varchar(10) NOT NULL,
	"plate_type" varchar(2) NOT NULL,
	"licence_resident_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"act_code" varchar(8) NOT NULL,
	"act_description" text NOT NULL,
	"legal_basis" text NOT NULL,
	"fine_fen" integer NOT NULL,
	"points" integer NOT NULL,
	"status" "violation_status" DEFAULT 'unpaid' NOT NULL,
	"photo_blob_id" uuid,
	"recorded_by" uuid,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "traffic_violations_fine_positive" CHECK ("traffic_violations"."fine_fen" > 0),
	CONSTRAINT "traffic_violations_points_range" CHECK ("traffic_violations"."points" between 0 and 12),
	CONSTRAINT "traffic_violations_paid_at" CHECK (("traffic_violations"."status" = 'paid') = ("traffic_violations"."paid_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "payment_notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"provider" varchar(16) NOT NULL,
	"order_no" varchar(32),
	"trade_no" varchar(64),
	"amount_fen" integer,
	"verified" boolean NOT NULL,
	"paid" boolean NOT NULL,
	"outcome" "payment_notification_outcome" NOT NULL,
	"reason" varchar(32),
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fields" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fine_payment_items" ADD CONSTRAINT "fine_payment_items_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_payment_items" ADD CONSTRAINT "fine_payment_items_violation_id_traffic_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."traffic_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_payment_items" ADD CONSTRAINT "fine_payment_items_receipt_document_id_issued_documents_id_fk" FOREIGN KEY ("receipt_document_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_violations" ADD CONSTRAINT "traffic_violations_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_violations" ADD CONSTRAINT "traffic_violations_licence_resident_id_residents_id_fk" FOREIGN KEY ("licence_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_violations" ADD CONSTRAINT "traffic_violations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_violations" ADD CONSTRAINT "traffic_violations_photo_blob_id_blobs_id_fk" FOREIGN KEY ("photo_blob_id") REFERENCES "public"."blobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_violations" ADD CONSTRAINT "traffic_violations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fine_payment_items_violation_id_index" ON "fine_payment_items" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "fine_payment_items_receipt_document_id_index" ON "fine_payment_items" USING btree ("receipt_document_id");--> statement-breakpoint
CREATE INDEX "traffic_violations_vehicle_id_status_index" ON "traffic_violations" USING btree ("vehicle_id","status");--> statement-breakpoint
CREATE INDEX "traffic_violations_licence_resident_id_index" ON "traffic_violations" USING btree ("licence_resident_id");--> statement-breakpoint
CREATE INDEX "traffic_violations_org_unit_id_index" ON "traffic_violations" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "traffic_violations_photo_blob_id_index" ON "traffic_violations" USING btree ("photo_blob_id");--> statement-breakpoint
CREATE INDEX "traffic_violations_recorded_by_index" ON "traffic_violations" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "traffic_violations_org_path_idx" ON "traffic_violations" USING btree ("org_path" text_pattern_ops,"occurred_at");--> statement-breakpoint
CREATE INDEX "payment_notifications_received_at_index" ON "payment_notifications" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "payment_notifications_order_no_index" ON "payment_notifications" USING btree ("order_no");--> statement-breakpoint
CREATE INDEX "payments_created_at_index" ON "payments" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payments_paid_at_index" ON "payments" USING btree ("paid_at");