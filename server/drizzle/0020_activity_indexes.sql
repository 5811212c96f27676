DROP INDEX "threads_open_questions_idx";--> statement-breakpoint
DROP INDEX "threads_category_activity_idx";--> statement-breakpoint
CREATE INDEX "threads_activity_idx" ON "threads" USING btree ("last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "threads_open_questions_idx" ON "threads" USING btree ("last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."kind" = 'question' and "threads"."accepted_post_id" is null;--> statement-breakpoint
CREATE INDEX "threads_category_activity_idx" ON "threads" USING btree ("category_id","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);