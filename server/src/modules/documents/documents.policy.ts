import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { type Actor, isMember, isStaff, requireMember } from '../../lib/actor.ts';
import { Forbidden, NotFound } from '../../lib/errors.ts';
import { documents } from '../../db/schema/index.ts';

type DocumentAccessRow = Pick<typeof documents.$inferSelect, 'ownerId' | 'visibility' | 'deletedAt'>;

/**
 * Who reads a document: public ones anyone; members-only ones active members; group ones
 * (working groups arrive later) their owner and staff. Deleted ones nobody.
 */
export function canReadDocument(actor: Actor, doc: DocumentAccessRow): boolean {
  if (doc.deletedAt) return false;
  if (doc.visibility === 'public') return true;
  if (!isMember(actor)) return false;
  if (doc.visibility === 'members') return true;
  return doc.ownerId === actor.id || isStaff(actor);
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
  if (isStaff(actor)) return notDeleted;
  return and(notDeleted, or(inArray(documents.visibility, ['public', 'members']), eq(documents.ownerId, actor.id)))!;
}

/** The owner changes a document; moderators and admins change any. */
export function requireDocumentEditor(actor: Actor, doc: DocumentAccessRow & { ownerId: number }) {
  const user = requireMember(actor);
  if (doc.ownerId !== user.id && !isStaff(user)) throw Forbidden('You may only change your own documents.');
  return user;
}

export const canEditDocument = (actor: Actor, doc: { ownerId: number }) =>
  isMember(actor) && (doc.ownerId === actor.id || isStaff(actor));
