import type { Locale } from '@praxisnetz/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { categories, cities, documents, documentTopics, posts, threads, topics } from '../../db/schema/index.ts';
import type { UserWithCity } from '../users/users.repo.ts';

/**
 * Rows for search tests, written straight into the tables: search reads what is stored, whichever
 * service wrote it, and a test can set the language, date and city it needs.
 */
export function searchFixtures(db: Db) {
  const categoryId = async (slug: string) =>
    (await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)))[0]!.id;
  const topicId = async (slug: string) => (await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug)))[0]!.id;
  const cityId = async (slug: string) => (await db.select({ id: cities.id }).from(cities).where(eq(cities.slug, slug)))[0]!.id;

  async function reply(
    threadId: number,
    author: UserWithCity,
    body: string,
    opts: { lang?: Locale; at?: Date; deleted?: boolean; opening?: boolean } = {},
  ): Promise<number> {
    const at = opts.at ?? new Date();
    const [row] = await db
      .insert(posts)
      .values({
        threadId,
        authorId: author.id,
        isOpening: opts.opening ?? false,
        body,
        bodyHtml: '',
        language: opts.lang ?? 'de',
        createdAt: at,
        updatedAt: at,
        deletedAt: opts.deleted ? at : null,
      })
      .returning({ id: posts.id });
    return row!.id;
  }

  async function thread(
    author: UserWithCity,
    t: { title: string; body: string; lang?: Locale; category?: string; at?: Date; openingDeleted?: boolean },
  ): Promise<{ id: number; openingId: number }> {
    const at = t.at ?? new Date();
    const [row] = await db
      .insert(threads)
      .values({
        categoryId: await categoryId(t.category ?? 'praeventionsgremien'),
        authorId: author.id,
        title: t.title,
        slug: 'test',
        language: t.lang ?? 'de',
        createdAt: at,
        lastActivityAt: at,
      })
      .returning({ id: threads.id });
    const openingId = await reply(row!.id, author, t.body, { lang: t.lang, at, opening: true, deleted: t.openingDeleted });
    return { id: row!.id, openingId };
  }

  async function document(
    owner: UserWithCity,
    d: {
      title: string;
      description?: string;
      content?: string;
      lang?: Locale;
      visibility?: 'public' | 'members' | 'group';
      groupId?: number;
      city?: string;
      year?: number;
      topics?: string[];
      deleted?: boolean;
    },
  ): Promise<number> {
    const [row] = await db
      .insert(documents)
      .values({
        ownerId: owner.id,
        title: d.title,
        description: d.description ?? '',
        type: 'report',
        cityId: d.city ? await cityId(d.city) : null,
        year: d.year ?? null,
        language: d.lang ?? 'de',
        visibility: d.visibility ?? 'members',
        groupId: d.groupId ?? null,
        contentText: d.content ?? null,
        deletedAt: d.deleted ? new Date() : null,
      })
      .returning({ id: documents.id });
    for (const slug of d.topics ?? []) {
      await db.insert(documentTopics).values({ documentId: row!.id, topicId: await topicId(slug) });
    }
    return row!.id;
  }

  return { thread, reply, document };
}
