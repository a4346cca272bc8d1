CREATE TABLE "checkin_sync_items" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"delegate_id" uuid,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"device_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conference_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD COLUMN "device_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "delegate_checkins" ADD COLUMN "received_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL;--> statement-breakpoint
ALTER TABLE "checkin_sync_items" ADD CONSTRAINT "checkin_sync_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_sync_items" ADD CONSTRAINT "checkin_sync_items_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_sync_items_conf_idx" ON "checkin_sync_items" USING btree ("conference_id","received_at");--> statement-breakpoint
CREATE INDEX "live_events_conf_idx" ON "live_events" USING btree ("conference_id","id");--> statement-breakpoint
CREATE INDEX "live_events_at_idx" ON "live_events" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delegate_checkins_client_uq" ON "delegate_checkins" USING btree ("client_id");