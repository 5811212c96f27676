ALTER TABLE "moderation_log" DROP CONSTRAINT "moderation_log_target_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;