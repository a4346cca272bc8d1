ALTER TABLE "ballots" ADD COLUMN "owner_instance" text;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "void_reason" text;