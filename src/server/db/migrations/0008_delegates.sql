CREATE TABLE "delegate_checkins" (
	"delegate_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"checked_in_by" uuid,
	"checked_in_by_name" text DEFAULT '' NOT NULL,
	"method" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegate_lists" (
	"conference_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"list_version" integer DEFAULT 0 NOT NULL,
	"finalized_at" timestamp with time zone,
	"finalized_by" uuid,
	"finalized_by_name" text,
	"override_reason" text,
	"composition" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"category" text NOT NULL,
	"subgroup" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'individual' NOT NULL,
	"full_name" text NOT NULL,
	"search_name" text NOT NULL,
	"gender" text,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"unit_id" uuid,
	"unit_name" text DEFAULT '' NOT NULL,
	"seat_group" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"nomination_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"rsvp_status" text DEFAULT 'not_sent' NOT NULL,
	"substitute_name" text DEFAULT '' NOT NULL,
	"token_hash" text,
	"token_sealed" text,
	"token_issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD CONSTRAINT "delegate_checkins_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD CONSTRAINT "delegate_checkins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD CONSTRAINT "delegate_checkins_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD CONSTRAINT "delegate_checkins_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_lists" ADD CONSTRAINT "delegate_lists_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_lists" ADD CONSTRAINT "delegate_lists_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_lists" ADD CONSTRAINT "delegate_lists_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delegate_checkins_conf_idx" ON "delegate_checkins" USING btree ("conference_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "delegates_conf_idx" ON "delegates" USING btree ("conference_id","category");--> statement-breakpoint
CREATE INDEX "delegates_conf_search_idx" ON "delegates" USING btree ("conference_id","search_name");--> statement-breakpoint
CREATE UNIQUE INDEX "delegates_token_uq" ON "delegates" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "delegates_conf_nomination_uq" ON "delegates" USING btree ("conference_id","nomination_id") WHERE "delegates"."nomination_id" IS NOT NULL;