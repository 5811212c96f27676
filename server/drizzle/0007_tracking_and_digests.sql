ALTER TABLE "users" ADD COLUMN "daily_digest_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "weekly_digest_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "quiet" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_recurring_idx" ON "jobs" USING btree ("kind") WHERE "jobs"."kind" like 'every:%' and "jobs"."failed_at" is null;