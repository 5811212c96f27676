DROP INDEX "audit_results_cell_idx";--> statement-breakpoint
ALTER TABLE "audit_results" ADD COLUMN "breakdown" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_results_cell_idx" ON "audit_results" USING btree ("audit_id","version","area_code","indicator_id","year","breakdown");