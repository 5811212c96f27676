CREATE TABLE "thread_topics" (
	"thread_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	CONSTRAINT "thread_topics_thread_id_topic_id_pk" PRIMARY KEY("thread_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
-- Documents' topics were the open forum's categories until now: they become the vocabulary, keeping
-- their ids (so document_topics stays valid), and threads carry their category's topic.
INSERT INTO "topics" ("id", "slug", "name_de", "name_en", "name_fr", "position") OVERRIDING SYSTEM VALUE
  SELECT "id", "slug", "name_de", "name_en", "name_fr", "position" FROM "categories" WHERE "group_id" IS NULL;--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('"topics"', 'id'), coalesce((SELECT max("id") FROM "topics"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "document_topics" RENAME COLUMN "category_id" TO "topic_id";--> statement-breakpoint
ALTER TABLE "document_topics" DROP CONSTRAINT "document_topics_category_id_categories_id_fk";
--> statement-breakpoint
DROP INDEX "document_topics_category_idx";--> statement-breakpoint
ALTER TABLE "document_topics" DROP CONSTRAINT "document_topics_document_id_category_id_pk";--> statement-breakpoint
ALTER TABLE "document_topics" ADD CONSTRAINT "document_topics_document_id_topic_id_pk" PRIMARY KEY("document_id","topic_id");--> statement-breakpoint
ALTER TABLE "thread_topics" ADD CONSTRAINT "thread_topics_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_topics" ADD CONSTRAINT "thread_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "thread_topics_topic_idx" ON "thread_topics" USING btree ("topic_id");--> statement-breakpoint
DELETE FROM "document_topics" WHERE "topic_id" NOT IN (SELECT "id" FROM "topics");--> statement-breakpoint
INSERT INTO "thread_topics" ("thread_id", "topic_id") SELECT "threads"."id", "topics"."id" FROM "threads" JOIN "topics" ON "topics"."id" = "threads"."category_id";--> statement-breakpoint
ALTER TABLE "document_topics" ADD CONSTRAINT "document_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_topics_topic_idx" ON "document_topics" USING btree ("topic_id");