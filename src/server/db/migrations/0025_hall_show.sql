ALTER TABLE "program_sessions" ADD COLUMN "show_mode" text DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "show_group" integer DEFAULT 0 NOT NULL;