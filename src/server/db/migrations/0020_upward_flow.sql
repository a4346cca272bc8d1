CREATE TABLE "nomination_origins" (
	"nomination_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"send_id" uuid NOT NULL,
	"source_nomination_id" uuid,
	"council_result" jsonb
);
--> statement-breakpoint
CREATE TABLE "upward_sends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"source_organization_id" uuid,
	"source_conference_id" uuid,
	"source_organization_name" text NOT NULL,
	"source_conference_name" text NOT NULL,
	"decision_ref" text,
	"member_count" integer NOT NULL,
	"attachment_count" integer NOT NULL,
	"sent_by" uuid,
	"sent_by_name" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "linked_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "nomination_origins" ADD CONSTRAINT "nomination_origins_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_origins" ADD CONSTRAINT "nomination_origins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_origins" ADD CONSTRAINT "nomination_origins_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_origins" ADD CONSTRAINT "nomination_origins_send_id_upward_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."upward_sends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_origins" ADD CONSTRAINT "nomination_origins_source_nomination_id_nominations_id_fk" FOREIGN KEY ("source_nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_source_organization_id_organizations_id_fk" FOREIGN KEY ("source_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_source_conference_id_conferences_id_fk" FOREIGN KEY ("source_conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_sends" ADD CONSTRAINT "upward_sends_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nomination_origins_send_idx" ON "nomination_origins" USING btree ("send_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_origins_source_uq" ON "nomination_origins" USING btree ("conference_id","source_nomination_id");--> statement-breakpoint
CREATE INDEX "nomination_origins_source_idx" ON "nomination_origins" USING btree ("source_nomination_id");--> statement-breakpoint
CREATE INDEX "upward_sends_conf_idx" ON "upward_sends" USING btree ("conference_id","sent_at");--> statement-breakpoint
CREATE INDEX "upward_sends_source_idx" ON "upward_sends" USING btree ("source_conference_id");--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_linked_organization_id_organizations_id_fk" FOREIGN KEY ("linked_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_linked_org_idx" ON "units" USING btree ("linked_organization_id");