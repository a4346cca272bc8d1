CREATE TABLE "certificate_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"default_mode" text DEFAULT 'design' NOT NULL,
	"layout" jsonb,
	"printers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" text DEFAULT 'GIẤY KHEN' NOT NULL,
	"awarding_line" text,
	"achievement" text,
	"decision_number" text,
	"decision_code" text DEFAULT 'QĐ-UBND' NOT NULL,
	"decision_date" date,
	"issued_on" date,
	"signer_authority" text,
	"signer_title" text,
	"signer_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_settings" ADD CONSTRAINT "certificate_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_settings" ADD CONSTRAINT "certificate_settings_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_settings_conference_uq" ON "certificate_settings" USING btree ("conference_id");