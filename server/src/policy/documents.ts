import { type SQL, sql } from 'drizzle-orm';
import { documents } from '../db/schema/index.ts';
import { Forbidden, NotFound } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';
import { canModerateGroup, canReadGroup, readsGroupSql } from './group-space.ts';

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

/** The SQL twin of canReadDocument, as a condition on `documents`. */
export function readableDocumentSql(actor: Actor): SQL {
  const notDeleted = sql`${documents.deletedAt} is null`;
  if (!isMember(actor)) return sql`(${notDeleted} and ${documents.visibility} = 'public')`;
  return sql`(${notDeleted} and (${documents.visibility} in ('public', 'members')
    or (${documents.visibility} = 'group' and ${readsGroupSql(actor, documents.groupId)})))`;
}

/** The owner changes a document; moderators and admins change any. */
export function requireDocumentEditor(actor: Actor, doc: DocumentAccessRow & { ownerId: number }) {
  const user = requireMember(actor);
  if (doc.ownerId !== user.id && !isStaff(user)) throw Forbidden('You may only change your own documents.');
  return user;
}

/** Network moderators mark any document as a practice example; a group's leads their group's documents. */
export const canCurateDocument = (actor: Actor, doc: { groupId: number | null }) =>
  isStaff(actor) || (doc.groupId !== null && canModerateGroup(actor, doc.groupId));

export function requireDocumentCurator(actor: Actor, doc: { groupId: number | null }) {
  const user = requireMember(actor);
  if (!canCurateDocument(user, doc)) throw Forbidden('Only moderators, and a group’s leads for its documents, mark practice examples.');
  return user;
}

export const canEditDocument = (actor: Actor, doc: { ownerId: number }) =>
  isMember(actor) && (doc.ownerId === actor.id || isStaff(actor));
