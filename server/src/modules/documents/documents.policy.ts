import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { type Actor, canReadGroup, isMember, isStaff, readableGroupIds, requireMember } from '../../lib/actor.ts';
import { Forbidden, NotFound } from '../../lib/errors.ts';
import { documents } from '../../db/schema/index.ts';

type DocumentAccessRow = Pick<typeof documents.$inferSelect, 'ownerId' | 'visibility' | 'groupId' | 'deletedAt'>;

/**
 * Who reads a document: public ones anyone; members-only ones active members; a working group's
 * ones its active members and network staff (an owner who left the group no longer does).
 * Deleted ones nobody.
 */
export function canReadDocument(actor: Actor, doc: DocumentAccessRow): boolean {
  if (doc.deletedAt) return false;
  if (doc.visibility === 'public') return true;
  if (!isMember(actor)) return false;
  if (doc.visibility === 'members') return true;
  return isStaff(actor) || (doc.groupId !== null && canReadGroup(actor, doc.groupId));
}

/** Unreadable documents are reported as missing, so their existence is not revealed. */
export function requireDocumentReader(actor: Actor, doc: DocumentAccessRow | undefined) {
  if (!doc || !canReadDocument(actor, doc)) throw NotFound('Document');
  return doc;
}

/** The same rule as canReadDocument, as a condition on the documents table. */
export function readableDocumentsWhere(actor: Actor): SQL {
  const notDeleted = isNull(documents.deletedAt);
  if (!isMember(actor)) return and(notDeleted, eq(documents.visibility, 'public'))!;
  const groupIds = readableGroupIds(actor);
  if (groupIds === undefined) return notDeleted;
  const open = inArray(documents.visibility, ['public', 'members']);
  if (groupIds.length === 0) return and(notDeleted, open)!;
  return and(notDeleted, or(open, and(eq(documents.visibility, 'group'), inArray(documents.groupId, groupIds))))!;
}

/** The owner changes a document; moderators and admins change any. */
export function requireDocumentEditor(actor: Actor, doc: DocumentAccessRow & { ownerId: number }) {
  const user = requireMember(actor);
  if (doc.ownerId !== user.id && !isStaff(user)) throw Forbidden('You may only change your own documents.');
  return user;
}

export const canEditDocument = (actor: Actor, doc: { ownerId: number }) =>
  isMember(actor) && (doc.ownerId === actor.id || isStaff(actor));
