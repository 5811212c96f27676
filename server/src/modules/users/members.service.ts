import { MEMBERS_PER_PAGE, type MemberCard, MembersQuery, type Page, type Profile } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { NotFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, readableThreadAndPostSql, requireMember } from '../../policy/index.ts';
import { acceptedAnswerCount, findMemberCard, listMembers, memberGroups, recentAnswers, recentThreads, toTopicRefs } from './members.repo.ts';
import { findUserById } from './users.repo.ts';

const RECENT = 5;
const isNameKey = (v: unknown): v is { n: string; id: number } =>
  typeof (v as { n?: unknown } | null)?.n === 'string' && Number.isInteger((v as { id?: unknown }).id);

type CardRow = NonNullable<Awaited<ReturnType<typeof findMemberCard>>>;
const toCard = (r: CardRow): MemberCard => ({
  id: r.id,
  displayName: r.displayName,
  role: r.role,
  city: r.citySlug ? { slug: r.citySlug, name: r.cityName! } : null,
  office: r.office,
  languages: r.languages,
  expertise: toTopicRefs(r.expertise),
});

/** Who knows what: the member directory and the profiles, for members. */
export function createMembersService(db: Db) {
  return {
    async list(actor: Actor, query: unknown): Promise<Page<MemberCard>> {
      requireMember(actor);
      const { cursor, ...filter } = parseInput(MembersQuery, query);
      const after = decodeCursor(cursor, isNameKey);
      const rows = await listMembers(db, filter, after && { name: after.n, id: after.id }, MEMBERS_PER_PAGE + 1);
      const items = rows.slice(0, MEMBERS_PER_PAGE).map(toCard);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > MEMBERS_PER_PAGE && last ? encodeCursor({ n: last.displayName, id: last.id }) : null };
    },

    /** The actor's own fields of expertise (the home page asks whether there are any). */
    async ownExpertise(actor: Actor): Promise<MemberCard['expertise']> {
      const user = requireMember(actor);
      return toCard((await findMemberCard(db, user.id))!).expertise;
    },

    /**
     * A member's profile: what they do and know, their groups, and their recent threads and answers
     * among those the viewer may read. The address only if its owner shows it (or it is one's own).
     */
    async profile(actor: Actor, id: number): Promise<Profile> {
      const viewer = requireMember(actor);
      const user = await findUserById(db, id);
      if (!user || user.status !== 'active') throw NotFound('User');
      const readable = readableThreadAndPostSql(viewer);
      const [card, groups, accepted, threads, answers] = await Promise.all([
        findMemberCard(db, id),
        memberGroups(db, id),
        acceptedAnswerCount(db, id),
        recentThreads(db, id, readable.threads, RECENT),
        recentAnswers(db, id, readable, RECENT),
      ]);
      return {
        ...toCard(card!),
        bio: user.bio,
        memberSince: user.createdAt.toISOString(),
        email: user.showEmail || viewer.id === id ? user.email : null,
        groups,
        acceptedAnswerCount: accepted,
        recentThreads: threads.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() })),
        recentAnswers: answers.map((a) => ({
          postId: a.postId,
          threadId: a.threadId,
          threadTitle: a.threadTitle,
          accepted: a.acceptedPostId === a.postId,
          createdAt: a.createdAt.toISOString(),
        })),
      };
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
