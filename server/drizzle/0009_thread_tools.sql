ALTER TABLE "posts" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "hidden_by" integer;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "locked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "locked_by" integer;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "lock_reason" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "pin_scope" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "pinned_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD COLUMN "thread_id" integer;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD COLUMN "post_id" integer;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "threads_pinned_idx" ON "threads" USING btree ("pin_scope") WHERE "threads"."pin_scope" is not null;--> statement-breakpoint
CREATE INDEX "moderation_log_thread_idx" ON "moderation_log" USING btree ("thread_id","id");