ALTER TABLE "ballot_results" DROP CONSTRAINT "ballot_results_nomination_id_nominations_id_fk";
