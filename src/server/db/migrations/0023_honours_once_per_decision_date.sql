DROP INDEX "honours_once_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "honours_once_uq" ON "honours" USING btree ("organization_id","decision_number","decision_date","subject_id","form_code");