import { categories, groupMembers, groups, liveSessions, posts, questions, threads } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { slugify } from '../../lib/slug.ts';
import type { UserWithCity } from '../users/users.repo.ts';

const HOUR = 60 * 60 * 1000;

/**
 * Rows for calendar and "asked before?" tests, written directly: groups with their category,
 * sessions in any state and time, questions in any status. The users are loaded afresh after
 * `group()`, since an actor carries its memberships from when it was loaded.
 */
export function liveDataFixtures(db: Db) {
  let n = 0;
  return {
    async group(name: string, members: { user: UserWithCity; role?: 'lead' | 'member' }[]) {
      const slug = `${slugify(name)}-${++n}`;
      const [group] = await db.insert(groups).values({ slug, name, createdBy: members[0]!.user.id }).returning();
      const [category] = await db
        .insert(categories)
        .values({ slug: `ag-${slug}`, nameDe: name, nameEn: name, nameFr: name, groupId: group!.id, position: 100 })
        .returning();
      if (members.length) {
        await db
          .insert(groupMembers)
          .values(members.map((m) => ({ groupId: group!.id, userId: m.user.id, role: m.role ?? 'member', status: 'active' as const, joinedAt: new Date() })));
      }
      return { id: group!.id, name, categoryId: category!.id };
    },

    async session(
      group: { id: number },
      host: UserWithCity,
      s: { title: string; description?: string; audience: 'group' | 'network'; startsInHours: number; hours?: number; status?: 'scheduled' | 'live' | 'ended' | 'archived' },
    ) {
      const startsAt = new Date(Date.now() + s.startsInHours * HOUR);
      const [row] = await db
        .insert(liveSessions)
        .values({
          groupId: group.id,
          hostId: host.id,
          title: s.title,
          description: s.description ?? '',
          startsAt,
          endsAt: new Date(startsAt.getTime() + (s.hours ?? 1) * HOUR),
          audience: s.audience,
          status: s.status ?? (s.startsInHours > 0 ? 'scheduled' : 'ended'),
        })
        .returning();
      return row!;
    },

    async question(
      session: { id: number },
      author: UserWithCity,
      body: string,
      q: { status?: 'pending' | 'open' | 'answered' | 'dismissed' | 'merged'; answer?: string; language?: 'de' | 'en' | 'fr' } = {},
    ) {
      const status = q.status ?? (q.answer ? 'answered' : 'open');
      const [row] = await db
        .insert(questions)
        .values({
          sessionId: session.id,
          authorId: author.id,
          body,
          status,
          publishedAt: status === 'pending' ? null : new Date(),
          answer: q.answer ?? null,
          answeredAt: q.answer ? new Date() : null,
          dismissReason: status === 'dismissed' ? 'Nicht zum Thema.' : null,
          language: q.language ?? 'de',
        })
        .returning();
      return row!;
    },

    async thread(categoryId: number, author: UserWithCity, title: string) {
      const [thread] = await db
        .insert(threads)
        .values({ categoryId, authorId: author.id, title, slug: slugify(title) })
        .returning();
      const body = 'Erfahrungen willkommen.';
      await db.insert(posts).values({ threadId: thread!.id, authorId: author.id, isOpening: true, body, bodyHtml: renderMarkdown(body) });
      return thread!;
    },
  };
}
