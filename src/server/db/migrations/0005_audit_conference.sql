ALTER TABLE "audit_log" ADD COLUMN "conference_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_conference_idx" ON "audit_log" USING btree ("conference_id","id");