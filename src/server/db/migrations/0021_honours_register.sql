CREATE TABLE "eligibility_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"form_code" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honour_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"applies_to" text NOT NULL,
	"level" text NOT NULL,
	"stat_column" text,
	"valid_from" date,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"form_code" text NOT NULL,
	"form_name" text NOT NULL,
	"year" integer NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"signer_level" text NOT NULL,
	"method" text DEFAULT 'regular' NOT NULL,
	"category" text,
	"achievement" text DEFAULT '' NOT NULL,
	"achievement_ref" text DEFAULT '' NOT NULL,
	"movement_id" uuid,
	"prize_amount" bigint DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"issued_document_id" uuid,
	"nomination_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"commitment" text NOT NULL,
	"registered_on" date NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honour_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"search_words" text[] NOT NULL,
	"birth_year" integer,
	"gender" text,
	"occupation_group" text,
	"unit_id" uuid,
	"unit_name" text DEFAULT '' NOT NULL,
	"match_key" text NOT NULL,
	"merged_into_id" uuid,
	"discipline_pending" boolean DEFAULT false NOT NULL,
	"discipline_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"method" text NOT NULL,
	"scope" text NOT NULL,
	"launch_level" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"launch_document" text DEFAULT '' NOT NULL,
	"launch_conference_id" uuid,
	"launch_agenda_item_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"result_summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "movement_id" uuid;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "achievement_ref" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "eligibility_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "eligibility_rules" ADD CONSTRAINT "eligibility_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_forms" ADD CONSTRAINT "honour_forms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_subject_id_honour_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."honour_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_issued_document_id_issued_documents_id_fk" FOREIGN KEY ("issued_document_id") REFERENCES "public"."issued_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registrations" ADD CONSTRAINT "movement_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registrations" ADD CONSTRAINT "movement_registrations_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registrations" ADD CONSTRAINT "movement_registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_subjects" ADD CONSTRAINT "honour_subjects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_subjects" ADD CONSTRAINT "honour_subjects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_subjects" ADD CONSTRAINT "honour_subjects_merged_into_id_honour_subjects_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."honour_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launch_conference_id_conferences_id_fk" FOREIGN KEY ("launch_conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eligibility_rules_org_form_idx" ON "eligibility_rules" USING btree ("organization_id","form_code");--> statement-breakpoint
CREATE UNIQUE INDEX "honour_forms_org_code_uq" ON "honour_forms" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "honours_subject_idx" ON "honours" USING btree ("subject_id","year");--> statement-breakpoint
CREATE INDEX "honours_org_year_idx" ON "honours" USING btree ("organization_id","year","form_code");--> statement-breakpoint
CREATE INDEX "honours_decision_idx" ON "honours" USING btree ("organization_id","decision_number");--> statement-breakpoint
CREATE UNIQUE INDEX "honours_once_uq" ON "honours" USING btree ("organization_id","decision_number","subject_id","form_code");--> statement-breakpoint
CREATE INDEX "honours_document_idx" ON "honours" USING btree ("issued_document_id") WHERE "honours"."issued_document_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "movement_registrations_uq" ON "movement_registrations" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "honour_subjects_match_idx" ON "honour_subjects" USING btree ("organization_id","match_key");--> statement-breakpoint
CREATE INDEX "honour_subjects_merged_idx" ON "honour_subjects" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "honour_subjects_name_idx" ON "honour_subjects" USING btree ("organization_id","search_name");--> statement-breakpoint
CREATE INDEX "honour_subjects_words_idx" ON "honour_subjects" USING gin ("search_words");--> statement-breakpoint
CREATE INDEX "movements_org_idx" ON "movements" USING btree ("organization_id","start_date");--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_subject_id_honour_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."honour_subjects"("id") ON DELETE no action ON UPDATE no action;