DROP INDEX "posts_thread_updated_idx";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "posts_thread_seq_idx" ON "posts" USING btree ("thread_id","seq");