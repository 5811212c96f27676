import type { FlagTarget } from '@praxisnetz/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { categories, documents, groups, liveSessions, posts, questions, threads } from '../../db/schema/index.ts';
import type { canReadDocument, canReadSession } from '../../policy/index.ts';

/** What the flags feature needs to know of a flagged item: who may read it, what to show, whom it concerns. */
export interface ItemFacts {
  type: FlagTarget;
  id: number;
  title: string;
  excerpt: string;
  authorId: number | null;
  href: string;
  hidden: boolean;
  deleted: boolean;
  groupId: number | null;
  groupName: string | null;
  /** the thread of a post or thread (notifications about it link there) */
  threadId: number | null;
  /** the facts the policy reads */
  access:
    | { kind: 'forum'; category: { groupId: number | null }; thread: { authorId: number; hiddenAt: Date | null } }
    | { kind: 'document'; doc: Parameters<typeof canReadDocument>[1] }
    | { kind: 'question'; session: Parameters<typeof canReadSession>[1]; status: string };
}

export const itemKey = (type: FlagTarget, id: number) => `${type}:${id}`;
const EXCERPT_MAX = 400;
const cut = (text: string) => (text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX).trimEnd()} …` : text);

async function postFacts(db: Executor, ids: number[]): Promise<ItemFacts[]> {
  const rows = await db
    .select({ post: posts, thread: threads, groupId: categories.groupId, groupName: groups.name })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(groups, eq(groups.id, categories.groupId))
    .where(inArray(posts.id, ids));
  return rows.map((r) => ({
    type: 'post',
    id: r.post.id,
    title: r.thread.title,
    excerpt: cut(r.post.body),
    authorId: r.post.authorId,
    href: `/posts/${r.post.id}`,
    hidden: r.post.hiddenAt !== null,
    deleted: r.post.deletedAt !== null,
    groupId: r.groupId,
    groupName: r.groupName,
    threadId: r.thread.id,
    access: { kind: 'forum', category: { groupId: r.groupId }, thread: r.thread },
  }));
}

async function threadFacts(db: Executor, ids: number[]): Promise<ItemFacts[]> {
  const rows = await db
    .select({ thread: threads, body: posts.body, groupId: categories.groupId, groupName: groups.name })
    .from(threads)
    .innerJoin(posts, and(eq(posts.threadId, threads.id), eq(posts.isOpening, true)))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(groups, eq(groups.id, categories.groupId))
    .where(inArray(threads.id, ids));
  return rows.map((r) => ({
    type: 'thread',
    id: r.thread.id,
    title: r.thread.title,
    excerpt: cut(r.body),
    authorId: r.thread.authorId,
    href: `/threads/${r.thread.id}`,
    hidden: r.thread.hiddenAt !== null,
    deleted: false,
    groupId: r.groupId,
    groupName: r.groupName,
    threadId: r.thread.id,
    access: { kind: 'forum', category: { groupId: r.groupId }, thread: r.thread },
  }));
}

async function documentFacts(db: Executor, ids: number[]): Promise<ItemFacts[]> {
  const rows = await db
    .select({ doc: documents, groupName: groups.name })
    .from(documents)
    .leftJoin(groups, eq(groups.id, documents.groupId))
    .where(inArray(documents.id, ids));
  return rows.map((r) => ({
    type: 'document',
    id: r.doc.id,
    title: r.doc.title,
    excerpt: cut(r.doc.description),
    authorId: r.doc.ownerId,
    href: `/library/${r.doc.id}`,
    hidden: false,
    deleted: r.doc.deletedAt !== null,
    groupId: r.doc.groupId,
    groupName: r.groupName,
    threadId: null,
    access: { kind: 'document', doc: r.doc },
  }));
}

async function questionFacts(db: Executor, ids: number[]): Promise<ItemFacts[]> {
  const rows = await db
    .select({ question: questions, session: liveSessions, groupName: groups.name })
    .from(questions)
    .innerJoin(liveSessions, eq(liveSessions.id, questions.sessionId))
    .innerJoin(groups, eq(groups.id, liveSessions.groupId))
    .where(inArray(questions.id, ids));
  return rows.map((r) => ({
    type: 'question',
    id: r.question.id,
    title: r.session.title,
    excerpt: cut(r.question.body),
    authorId: r.question.authorId,
    href: `/live/${r.session.id}`,
    hidden: r.question.status === 'dismissed',
    deleted: false,
    groupId: r.session.groupId,
    groupName: r.groupName,
    threadId: null,
    access: { kind: 'question', session: r.session, status: r.question.status },
  }));
}

const factsOf = { post: postFacts, thread: threadFacts, document: documentFacts, question: questionFacts };

/** The facts of these items, by `itemKey`; items that no longer exist are missing. */
export async function describeItems(db: Executor, items: { type: FlagTarget; id: number }[]): Promise<Map<string, ItemFacts>> {
  const found = new Map<string, ItemFacts>();
  for (const type of Object.keys(factsOf) as FlagTarget[]) {
    const ids = [...new Set(items.filter((i) => i.type === type).map((i) => i.id))];
    if (ids.length === 0) continue;
    for (const facts of await factsOf[type](db, ids)) found.set(itemKey(type, facts.id), facts);
  }
  return found;
}
