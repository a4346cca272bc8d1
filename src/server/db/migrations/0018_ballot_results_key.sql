ALTER TABLE "ballot_results" DROP COLUMN "id";--> statement-breakpoint
DROP INDEX "ballot_results_uq";--> statement-breakpoint
ALTER TABLE "ballot_results" ADD CONSTRAINT "ballot_results_pk" PRIMARY KEY("ballot_id","nomination_id");
