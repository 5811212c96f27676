import { type SQL, sql } from 'drizzle-orm';
import { audits } from '../db/schema/index.ts';
import { Forbidden, NotFound } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';
import { canReadGroup, readsGroupSql } from './group-space.ts';

type AuditAccess = { visibility: 'members' | 'group' | 'public'; groupId: number | null; cityId: number };

/** Who reads an audit: public ones everyone; members' ones approved members; a group's ones its members and network staff. */
export function canReadAudit(actor: Actor, audit: AuditAccess): boolean {
  if (audit.visibility === 'public') return true;
  if (!isMember(actor)) return false;
  return audit.visibility === 'members' || (audit.groupId !== null && canReadGroup(actor, audit.groupId));
}

/** The SQL twin of canReadAudit, as a condition on `audits`. */
export function readableAuditSql(actor: Actor): SQL {
  if (!isMember(actor)) return sql`${audits.visibility} = 'public'`;
  return sql`(${audits.visibility} in ('public', 'members') or (${audits.visibility} = 'group' and ${readsGroupSql(actor, audits.groupId)}))`;
}

/** An audit the reader may not read is reported as missing. */
export function requireAuditReader<A extends AuditAccess>(actor: Actor, audit: A | undefined): A {
  if (!audit || !canReadAudit(actor, audit)) throw NotFound('Audit');
  return audit;
}

/** A city's audits are kept by its members and its coordinator; network moderators and admins curate every one. */
export const canEditCityAudits = (actor: Actor, cityId: number) =>
  isMember(actor) && (isStaff(actor) || actor.cityId === cityId || actor.coordinates.includes(cityId));

export function requireAuditEditor(actor: Actor, cityId: number) {
  const user = requireMember(actor);
  if (!canEditCityAudits(user, cityId)) throw Forbidden('Only members of the auditing city, its coordinator and moderators change its audits.');
  return user;
}
