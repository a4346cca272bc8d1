-- Hand-added: every prefix of every folded word of a name, for the register's lookup
-- (modules/honours/data.ts). IMMUTABLE so that it can be indexed; same result on both engines.
CREATE OR REPLACE FUNCTION honour_name_prefixes(words text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}'::text[])
  FROM unnest(words) AS w, generate_series(1, length(w)) AS n
$$;--> statement-breakpoint
CREATE INDEX "honour_subjects_prefixes_idx" ON "honour_subjects" USING gin (honour_name_prefixes("search_words"));--> statement-breakpoint
CREATE INDEX "honour_subjects_unit_idx" ON "honour_subjects" USING btree ("organization_id","unit_name");
