ALTER TABLE "milestones" ADD COLUMN "start_time" text;--> statement-breakpoint
ALTER TABLE "conferences" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "program_sessions" DROP COLUMN "start_time";