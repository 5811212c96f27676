ALTER TABLE "mails" ADD COLUMN "group_id" integer;--> statement-breakpoint
ALTER TABLE "mails" ADD COLUMN "document_id" integer;--> statement-breakpoint
ALTER TABLE "mails" ADD CONSTRAINT "mails_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mails" ADD CONSTRAINT "mails_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;