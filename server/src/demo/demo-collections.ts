import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { collectionEntries, collections, documents, threads, topics } from '../db/schema/index.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { slugify } from '../lib/slug.ts';
import { demoCollections } from './content/index.ts';

/** The moderator's demo collections; an entry whose thread or document the demo did not load is left out. */
export async function seedDemoCollections(db: Db, moderatorId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const wanted = demoCollections.flatMap((c) => c.entries);
    const threadIds = new Map(
      (await tx.select({ id: threads.id, title: threads.title }).from(threads).where(inArray(threads.title, wanted.flatMap((e) => e.thread ?? [])))).map((t) => [t.title, t.id]),
    );
    const documentIds = new Map(
      (await tx.select({ id: documents.id, title: documents.title }).from(documents).where(inArray(documents.title, wanted.flatMap((e) => e.document ?? [])))).map((d) => [d.title, d.id]),
    );
    for (const c of demoCollections) {
      const [topic] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.slug, c.topicSlug));
      const [row] = await tx
        .insert(collections)
        .values({ slug: slugify(c.title), title: c.title, intro: c.intro, introHtml: renderMarkdown(c.intro), language: 'de', topicId: topic?.id ?? null, createdBy: moderatorId })
        .returning({ id: collections.id });
      const entries = c.entries.flatMap((e) => {
        const threadId = e.thread ? threadIds.get(e.thread) : undefined;
        const documentId = e.document ? documentIds.get(e.document) : undefined;
        return threadId || documentId ? [{ threadId: threadId ?? null, documentId: documentId ?? null, note: e.note ?? null }] : [];
      });
      if (entries.length) {
        await tx.insert(collectionEntries).values(entries.map((e, position) => ({ ...e, collectionId: row!.id, position, addedBy: moderatorId })));
      }
    }
  });
}
