ALTER TABLE "users" ALTER COLUMN "mail_token" SET DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');--> statement-breakpoint
UPDATE "users" SET "mail_token" = DEFAULT WHERE "mail_token" IS NULL;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "mail_token" SET NOT NULL;
