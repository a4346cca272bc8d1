CREATE TABLE "document_number_counters" (
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "document_number_counters_organization_id_type_year_pk" PRIMARY KEY("organization_id","type","year")
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"type" text NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"meeting_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_id" uuid,
	"year" integer,
	"number" integer,
	"document_date" date,
	"signer_name" text DEFAULT '' NOT NULL,
	"signed_at" timestamp with time zone,
	"docx_sha256" text,
	"pdf_sha256" text,
	"model" jsonb,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"issued_by" uuid,
	"issued_by_name" text DEFAULT '' NOT NULL,
	"issued_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_number_counters" ADD CONSTRAINT "document_number_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_previous_id_issued_documents_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_documents_conf_idx" ON "issued_documents" USING btree ("conference_id","kind");--> statement-breakpoint
CREATE INDEX "issued_documents_org_year_idx" ON "issued_documents" USING btree ("organization_id","year","type");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_number_uq" ON "issued_documents" USING btree ("organization_id","type","year","number") WHERE "issued_documents"."number" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_previous_uq" ON "issued_documents" USING btree ("previous_id") WHERE "issued_documents"."previous_id" IS NOT NULL;--> statement-breakpoint
-- Văn bản đã ban hành thì không sửa được: the database itself refuses to change an issued row.
CREATE OR REPLACE FUNCTION issued_documents_refuse_change() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'issued_documents: an issued document is frozen' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER issued_documents_frozen BEFORE UPDATE ON issued_documents
  FOR EACH ROW EXECUTE FUNCTION issued_documents_refuse_change();
