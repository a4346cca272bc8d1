ALTER TABLE "ballot_results" DROP CONSTRAINT "ballot_results_organization_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "ballot_results" DROP CONSTRAINT "ballot_results_conference_id_conferences_id_fk";
