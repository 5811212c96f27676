import { and, eq, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  bookmarks,
  cities,
  dataExports,
  documents,
  documentVersions,
  drafts,
  files,
  emailConfirmations,
  groupInvitations,
  groupMembers,
  mails,
  moderationLog,
  notifications,
  notificationSettings,
  oidcIdentities,
  passwordResets,
  postRevisions,
  posts,
  questionSuggestions,
  sessions,
  threadReads,
  userExpertise,
  users,
  watches,
} from '../../db/schema/index.ts';

/** What becomes of an erased member's posts: kept under "former member", or removed (placeholders stay for the replies' sake). */
export type ErasurePolicy = 'anonymise' | 'delete';

export const FORMER_MEMBER = 'Ehemaliges Mitglied';

/** The mail log's retention: mails no longer waiting to be sent go after `days`. */
export async function deleteOldMails(db: Executor, days: number): Promise<void> {
  await db.delete(mails).where(and(ne(mails.status, 'queued'), lt(mails.createdAt, sql`now() - make_interval(days => ${days})`)));
}

export async function scheduleErasure(db: Executor, userId: number, dueAt: Date): Promise<void> {
  await db.update(users).set({ erasureRequestedAt: sql`now()`, erasureDueAt: dueAt }).where(eq(users.id, userId));
}

export async function cancelErasure(db: Executor, userId: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ erasureRequestedAt: null, erasureDueAt: null })
    .where(and(eq(users.id, userId), isNotNull(users.erasureDueAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function dueErasures(db: Executor): Promise<number[]> {
  const rows = await db.select({ id: users.id }).from(users).where(and(lte(users.erasureDueAt, sql`now()`), isNull(users.erasedAt)));
  return rows.map((r) => r.id);
}

export async function scheduledErasures(db: Executor) {
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email, requestedAt: users.erasureRequestedAt, dueAt: users.erasureDueAt })
    .from(users)
    .where(and(isNotNull(users.erasureDueAt), isNull(users.erasedAt)))
    .orderBy(users.erasureDueAt);
}

/**
 * The erasure itself, in the caller's transaction: the account row stays as an anonymous
 * "former member" that kept content and others' records point to (the foreign keys of posts,
 * threads, documents and audits), with every personal field emptied; what was only theirs goes.
 * Answers the stored files nothing refers to any more (`delete`: their documents' files), for the
 * caller to remove from the store once the transaction has committed.
 */
export async function eraseAccount(db: Executor, userId: number, policy: ErasurePolicy, unusablePasswordHash: string): Promise<string[]> {
  for (const table of [sessions, emailConfirmations, passwordResets, notificationSettings, watches, drafts, bookmarks, threadReads, userExpertise, questionSuggestions, groupMembers, dataExports, oidcIdentities]) {
    await db.delete(table).where(eq(table.userId, userId));
  }
  await db.delete(groupInvitations).where(eq(groupInvitations.invitedBy, userId));
  await db.update(cities).set({ coordinatorId: null }).where(eq(cities.coordinatorId, userId));
  await db.delete(notifications).where(or(eq(notifications.userId, userId), eq(notifications.actorId, userId), eq(notifications.subjectId, userId)));
  // The mail log holds their address and what was sent to it.
  await db.delete(mails).where(eq(mails.userId, userId));
  // What moderators did to them stays as an action, without whom it concerned or why.
  await db.update(moderationLog).set({ targetUserId: null, details: {} }).where(eq(moderationLog.targetUserId, userId));
  if (policy === 'delete') {
    const own = db.select({ id: posts.id }).from(posts).where(eq(posts.authorId, userId));
    await db.delete(postRevisions).where(sql`${postRevisions.postId} in ${own}`);
    await db
      .update(posts)
      .set({ body: '', bodyHtml: '', deletedAt: sql`coalesce(${posts.deletedAt}, now())` })
      .where(eq(posts.authorId, userId));
  }
  const orphanedFiles = policy === 'delete' ? await dropOwnDocuments(db, userId) : [];
  await db
    .update(users)
    .set({
      email: `erased-${userId}@erased.invalid`,
      passwordHash: unusablePasswordHash,
      displayName: FORMER_MEMBER,
      cityId: null,
      status: 'suspended',
      bio: '',
      office: '',
      languages: [],
      showEmail: false,
      calendarToken: null,
      timeZone: null,
      lastSeenAt: null,
      suspendedUntil: null,
      suspendReason: null,
      privacyVersion: null,
      privacyAcceptedAt: null,
      approvedBy: null,
      erasureDueAt: null,
      erasedAt: sql`now()`,
    })
    .where(eq(users.id, userId));
  return orphanedFiles;
}

/** `delete`: their documents are marked deleted and lose their versions; files no other version uses go. */
async function dropOwnDocuments(db: Executor, userId: number): Promise<string[]> {
  const own = db.select({ id: documents.id }).from(documents).where(eq(documents.ownerId, userId));
  await db
    .update(documents)
    .set({ deletedAt: sql`coalesce(${documents.deletedAt}, now())` })
    .where(eq(documents.ownerId, userId));
  const versions = await db.delete(documentVersions).where(sql`${documentVersions.documentId} in ${own}`).returning({ sha256: documentVersions.sha256 });
  if (!versions.length) return [];
  const gone = await db
    .delete(files)
    .where(and(inArray(files.sha256, [...new Set(versions.map((v) => v.sha256))]), sql`not exists (select 1 from ${documentVersions} where ${documentVersions.sha256} = ${files.sha256})`))
    .returning({ sha256: files.sha256 });
  return gone.map((f) => f.sha256);
}
