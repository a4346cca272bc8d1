CREATE TABLE "nomination_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "start_time" text;--> statement-breakpoint
ALTER TABLE "document_settings" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nomination_events_nomination_idx" ON "nomination_events" USING btree ("nomination_id","created_at");--> statement-breakpoint
ALTER TABLE "conferences" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "program_sessions" DROP COLUMN "start_time";