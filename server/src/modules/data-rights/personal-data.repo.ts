import { eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  auditImports,
  audits,
  bookmarks,
  chatMessages,
  documents,
  documentVersions,
  drafts,
  flags,
  groupMembers,
  mails,
  moderationLog,
  notifications,
  notificationSettings,
  oidcIdentities,
  postHelpful,
  postRevisions,
  posts,
  practices,
  questions,
  questionVotes,
  sessions,
  threads,
  userExpertise,
  users,
  watches,
} from '../../db/schema/index.ts';

/**
 * Everything kept about one person, table by table, for their export (GDPR art. 15/20). Secrets
 * are left out: the password hash, the tokens of their links and feeds, the hashes of their
 * sessions (the sessions' times stay). Each entry becomes one JSON file in the ZIP.
 */
export async function personalData(db: Executor, userId: number): Promise<Record<string, unknown>> {
  const [account] = await db.select().from(users).where(eq(users.id, userId));
  if (!account) return {};
  const { passwordHash: _hash, calendarToken: _calendar, mailToken: _mail, ...profile } = account;
  const ownPosts = await db.select().from(posts).where(eq(posts.authorId, userId));
  const postIds = ownPosts.map((p) => p.id);
  return {
    profile,
    expertise: await db.select().from(userExpertise).where(eq(userExpertise.userId, userId)),
    signInProviders: await db.select({ provider: oidcIdentities.provider, subject: oidcIdentities.subject, linkedAt: oidcIdentities.createdAt }).from(oidcIdentities).where(eq(oidcIdentities.userId, userId)),
    consents: { privacyNoticeVersion: account.privacyVersion, acceptedAt: account.privacyAcceptedAt },
    sessions: await db.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId)),
    threads: await db.select().from(threads).where(eq(threads.authorId, userId)),
    posts: ownPosts,
    postRevisions: postIds.length ? await db.select().from(postRevisions).where(or(inArray(postRevisions.postId, postIds), eq(postRevisions.editorId, userId))) : await db.select().from(postRevisions).where(eq(postRevisions.editorId, userId)),
    helpfulVotes: await db.select().from(postHelpful).where(eq(postHelpful.userId, userId)),
    bookmarks: await db.select().from(bookmarks).where(eq(bookmarks.userId, userId)),
    drafts: await db.select().from(drafts).where(eq(drafts.userId, userId)),
    watches: await db.select().from(watches).where(eq(watches.userId, userId)),
    documents: await db.select().from(documents).where(eq(documents.ownerId, userId)),
    documentVersions: await db.select().from(documentVersions).where(eq(documentVersions.uploadedBy, userId)),
    audits: await db.select().from(audits).where(eq(audits.createdBy, userId)),
    auditImports: await db.select().from(auditImports).where(eq(auditImports.importedBy, userId)),
    practices: await db.select().from(practices).where(eq(practices.authorId, userId)),
    groupMemberships: await db.select().from(groupMembers).where(eq(groupMembers.userId, userId)),
    liveQuestions: await db.select().from(questions).where(eq(questions.authorId, userId)),
    liveQuestionVotes: await db.select().from(questionVotes).where(eq(questionVotes.userId, userId)),
    liveChatMessages: await db.select().from(chatMessages).where(eq(chatMessages.authorId, userId)),
    flagsRaised: await db.select().from(flags).where(eq(flags.reporterId, userId)),
    flagsOnOwnContent: await db.select({ id: flags.id, targetType: flags.targetType, targetId: flags.targetId, reason: flags.reason, status: flags.status, createdAt: flags.createdAt }).from(flags).where(eq(flags.authorId, userId)),
    notifications: await db.select().from(notifications).where(eq(notifications.userId, userId)),
    notificationSettings: await db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)),
    mailsSent: await db.select({ id: mails.id, kind: mails.kind, subject: mails.subject, status: mails.status, createdAt: mails.createdAt, sentAt: mails.sentAt }).from(mails).where(eq(mails.userId, userId)),
    moderationAboutThem: await db.select().from(moderationLog).where(eq(moderationLog.targetUserId, userId)),
  };
}

/** The files of the documents they uploaded (each version), for the ZIP's files/ folder. */
export async function uploadedFiles(db: Executor, userId: number): Promise<{ documentId: number; n: number; filename: string; sha256: string }[]> {
  return db
    .select({ documentId: documentVersions.documentId, n: documentVersions.n, filename: documentVersions.filename, sha256: documentVersions.sha256 })
    .from(documentVersions)
    .where(eq(documentVersions.uploadedBy, userId));
}
