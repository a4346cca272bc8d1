ALTER TABLE "delegation_members" ALTER COLUMN "nomination_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD COLUMN "delegate_id" uuid;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_members_conf_delegate_uq" ON "delegation_members" USING btree ("conference_id","delegate_id");--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_one_person_ck" CHECK (num_nonnulls("delegation_members"."nomination_id", "delegation_members"."delegate_id") = 1);