-- sort_key holds vietnameseNameSortKey(); byte order ("C") is Vietnamese name order.
ALTER TABLE "nominations" ADD COLUMN "sort_key" text COLLATE "C" NOT NULL;--> statement-breakpoint
CREATE INDEX "nominations_conf_sort_idx" ON "nominations" USING btree ("conference_id","sort_key");