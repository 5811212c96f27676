import type { MailMode } from '@praxisnetz/shared';
import { and, desc, eq, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import { categories, documents, mails, notificationSettings, posts, threads, users } from '../../db/schema/index.ts';

export type MailRow = typeof mails.$inferSelect;
export type NewMail = typeof mails.$inferInsert;

/** a statement's rows, well below PostgreSQL's 65,535 parameters whatever a thread's watchers */
const ROWS_PER_INSERT = 1000;

export async function insertMails(db: Executor, rows: NewMail[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const inserted = await db.insert(mails).values(rows.slice(i, i + ROWS_PER_INSERT)).returning({ id: mails.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function findMail(db: Executor, id: number): Promise<MailRow | undefined> {
  const [row] = await db.select().from(mails).where(eq(mails.id, id));
  return row;
}

export async function updateMail(db: Executor, id: number, patch: Partial<NewMail>): Promise<void> {
  await db.update(mails).set(patch).where(eq(mails.id, id));
}

export async function listMails(db: Executor, after: { at: Date; id: number } | undefined, limit: number) {
  return db
    .select()
    .from(mails)
    .where(after && or(lt(mails.createdAt, after.at), and(eq(mails.createdAt, after.at), lt(mails.id, after.id))))
    .orderBy(desc(mails.createdAt), desc(mails.id))
    .limit(limit);
}

/**
 * Whether the mail's recipient may still read what it is about: its post (`readers.category`, the
 * policy's twin on users and categories), its group's content (`readers.group`) and its document
 * (not deleted).
 */
export async function stillReadable(
  db: Executor,
  mail: Pick<MailRow, 'userId' | 'postId' | 'groupId' | 'documentId'>,
  readers: { category: SQL; group: (groupId: number) => SQL },
): Promise<boolean> {
  if (mail.userId === null) return true;
  const checks: Promise<boolean>[] = [];
  if (mail.postId !== null) {
    checks.push(
      exists(
        db
          .select({ id: posts.id })
          .from(posts)
          .innerJoin(threads, eq(threads.id, posts.threadId))
          .innerJoin(categories, eq(categories.id, threads.categoryId))
          .innerJoin(users, eq(users.id, mail.userId))
          .where(and(eq(posts.id, mail.postId), isNull(posts.deletedAt), isNull(posts.hiddenAt), isNull(threads.hiddenAt), readers.category)),
      ),
    );
  }
  if (mail.groupId !== null) checks.push(exists(db.select({ id: users.id }).from(users).where(and(eq(users.id, mail.userId), readers.group(mail.groupId)))));
  if (mail.documentId !== null) checks.push(exists(db.select({ id: documents.id }).from(documents).where(and(eq(documents.id, mail.documentId), isNull(documents.deletedAt)))));
  return (await Promise.all(checks)).every(Boolean);
}

const exists = async (query: PromiseLike<unknown[]>) => (await query).length > 0;

/**
 * Of these (active) members, those who take mails of a kind at once, if `takes` names one: unless
 * they chose otherwise (off, a digest), or — for a kind not mailed at once by default — only if
 * they chose so; with what a mail to them needs.
 */
export async function mailRecipients(db: Executor, userIds: number[], takes?: { kind: string; byDefault: MailMode }) {
  if (userIds.length === 0) return [];
  const kind = takes?.kind ?? '';
  const chose = (immediate: boolean) =>
    db
      .select({ userId: notificationSettings.userId })
      .from(notificationSettings)
      .where(
        and(
          eq(notificationSettings.kind, kind),
          eq(notificationSettings.channel, 'email'),
          immediate ? eq(notificationSettings.mode, 'immediate') : ne(notificationSettings.mode, 'immediate'),
        ),
      );
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, locale: users.locale, mailToken: users.mailToken, timeZone: users.timeZone })
    .from(users)
    .where(
      and(
        inIds(users.id, userIds),
        eq(users.status, 'active'),
        takes && (takes.byDefault === 'immediate' ? sql`${users.id} not in ${chose(false)}` : sql`${users.id} in ${chose(true)}`),
      ),
    );
}

export async function findUserByMailToken(db: Executor, token: string) {
  const [row] = await db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.mailToken, token));
  return row;
}

export async function setNotificationMode(db: Executor, userId: number, kind: string, channel: 'app' | 'email', mode: string): Promise<void> {
  await db
    .insert(notificationSettings)
    .values({ userId, kind, channel, mode })
    .onConflictDoUpdate({ target: [notificationSettings.userId, notificationSettings.kind, notificationSettings.channel], set: { mode, updatedAt: sql`now()` } });
}

export async function chosenModes(db: Executor, userId: number) {
  return db
    .select({ kind: notificationSettings.kind, channel: notificationSettings.channel, mode: notificationSettings.mode })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
}

/** Turns every kind the person takes in a digest off (the digest mail's unsubscribe link). */
export async function stopDigests(db: Executor, userId: number): Promise<void> {
  await db
    .update(notificationSettings)
    .set({ mode: 'off', updatedAt: sql`now()` })
    .where(and(eq(notificationSettings.userId, userId), eq(notificationSettings.channel, 'email'), inArray(notificationSettings.mode, ['daily', 'weekly'])));
}
