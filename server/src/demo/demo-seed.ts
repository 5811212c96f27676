import { seedDemoExchange } from './demo-exchange.ts';
import { seedDemoNetwork } from './demo-network.ts';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '../modules/auth/passwords.ts';
import type { Db } from '../db/client.ts';
import type { DocumentsService } from '../modules/documents/documents.service.ts';
import { setAttachments } from '../modules/documents/documents.repo.ts';
import { audits, categories, cities, collections, documents, groups, liveSessions, posts, threads, threadTopics, topics, users } from '../db/schema/index.ts';
import { DEMO_PASSWORD, demoCategories, demoCities, demoDocuments, demoThreads, demoTopics, demoUsers } from './content/index.ts';
import { seedDemoAudits } from './demo-audits.ts';
import { seedDemoCollections } from './demo-collections.ts';
import { seedDemoGroups } from './demo-groups.ts';
import { seedDemoLive } from './demo-live.ts';
import { insertDemoThread } from './demo-threads.ts';

const HOUR = 60 * 60 * 1000;

/** what was loaded, by kind (empty when the demo was there already) */
export type DemoCounts = Record<string, number>;

type DocumentImporter = Pick<DocumentsService, 'importDocument'>;

/**
 * Loads the demo network: cities, categories, one account per role and practitioner threads.
 * Cities and categories are added where missing; accounts and threads only once.
 */
export async function seedDemo(db: Db, opts: { documents?: DocumentImporter; now?: Date } = {}): Promise<{ loaded: boolean; counts: DemoCounts }> {
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    await tx.insert(cities).values(demoCities).onConflictDoNothing({ target: cities.slug });
    await tx
      .insert(categories)
      .values(
        demoCategories.map((c, position) => ({
          slug: c.slug,
          nameDe: c.name.de,
          nameEn: c.name.en,
          nameFr: c.name.fr,
          descriptionDe: c.description.de,
          descriptionEn: c.description.en,
          descriptionFr: c.description.fr,
          position,
        })),
      )
      .onConflictDoNothing({ target: categories.slug });
    await tx
      .insert(topics)
      .values(demoTopics.map((t, position) => ({ slug: t.slug, nameDe: t.name.de, nameEn: t.name.en, nameFr: t.name.fr, position })))
      .onConflictDoNothing({ target: topics.slug });

    const [marker] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoUsers[0]!.email));
    if (marker) return null;

    const cityIds = new Map((await tx.select({ id: cities.id, slug: cities.slug }).from(cities)).map((c) => [c.slug, c.id]));
    const categoryIds = new Map(
      (await tx.select({ id: categories.id, slug: categories.slug }).from(categories)).map((c) => [c.slug, c.id]),
    );
    const userIds = new Map<string, number>();
    for (const u of demoUsers) {
      const createdAt = new Date(now.getTime() - 90 * 24 * HOUR);
      const [row] = await tx
        .insert(users)
        .values({
          email: u.email,
          passwordHash,
          displayName: u.displayName,
          cityId: cityIds.get(u.citySlug),
          role: u.role,
          status: u.status,
          bio: u.bio,
          locale: u.locale,
          createdAt: u.status === 'pending' ? new Date(now.getTime() - 6 * HOUR) : createdAt,
          approvedAt: u.status === 'active' ? createdAt : null,
          // The demo's applicants confirmed their addresses: they wait for approval only.
          emailConfirmedAt: u.status === 'pending' ? new Date(now.getTime() - 5 * HOUR) : createdAt,
        })
        .returning({ id: users.id });
      userIds.set(u.key, row!.id);
    }

    const openingPostByTitle = new Map<string, number>();
    const ordered = [...demoThreads].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const t of ordered) {
      openingPostByTitle.set(t.title, await insertDemoThread(tx, t, categoryIds.get(t.categorySlug)!, userIds, now));
    }
    // Each thread is about its category's subject: the topic of the same name.
    await tx.execute(sql`insert into ${threadTopics} (thread_id, topic_id)
      select ${threads.id}, ${topics.id} from ${threads}
      join ${categories} on ${categories.id} = ${threads.categoryId}
      join ${topics} on ${topics.slug} = ${categories.slug}`);
    return { userIds, openingPostByTitle };
  });
  if (!seeded) return { loaded: false, counts: {} };
  const groupIds = await seedDemoGroups(db, seeded, now);
  await seedDemoLive(db, { ...seeded, groupIds }, now);
  if (opts.documents) await seedDemoDocuments(db, opts.documents, { ...seeded, groupIds }, now);
  await seedDemoCollections(db, seeded.userIds.get('moderator')!);
  await seedDemoAudits(db, seeded.userIds, now);
  await seedDemoExchange(db, seeded.userIds);
  await seedDemoNetwork(db, seeded.userIds, now);
  return { loaded: true, counts: await countLoaded(db) };
}

/** The demo library: real files built now, stored through the same checks and store as uploads. */
async function seedDemoDocuments(
  db: Db,
  importer: DocumentImporter,
  seeded: { userIds: Map<string, number>; openingPostByTitle: Map<string, number>; groupIds: Map<string, number> },
  now: Date,
) {
  for (const d of demoDocuments) {
    const id = await importer.importDocument(
      seeded.userIds.get(d.ownerKey)!,
      {
        title: d.title,
        description: d.description,
        type: d.type,
        citySlug: d.citySlug,
        year: d.year,
        language: d.language,
        topics: d.topics,
        visibility: d.visibility,
        groupId: d.groupKey ? seeded.groupIds.get(d.groupKey) : null,
      },
      d.filename,
      await d.build(),
      new Date(now.getTime() - d.daysAgo * 24 * HOUR),
    );
    const postId = d.linkedThreadTitle && seeded.openingPostByTitle.get(d.linkedThreadTitle);
    if (postId) await setAttachments(db, postId, [id]);
  }
}

/** What the network now holds, read back from the tables, for the start's progress line. */
async function countLoaded(db: Db): Promise<DemoCounts> {
  const count = async (table: PgTable) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return {
    cities: await count(cities),
    accounts: await count(users),
    threads: await count(threads),
    posts: await count(posts),
    'working groups': await count(groups),
    'live sessions': await count(liveSessions),
    documents: await count(documents),
    collections: await count(collections),
    audits: await count(audits),
  };
}
