import { Forbidden } from '../lib/errors.ts';
import { type Actor, isAdmin, isMember, isStaff, requireMember, requireStaff } from './actor.ts';

/** Members propose projects and write practice examples; the network's staff (moderators, admins) publish them. */
export const requireProposer = requireMember;
export const requirePublisher = requireStaff;

/** A published project everyone reads; a proposal its proposer and the staff. */
export const canReadProject = (actor: Actor, p: { publishedAt: Date | null; proposedBy: number | null }) =>
  p.publishedAt !== null || isStaff(actor) || (isMember(actor) && p.proposedBy === actor.id);

/** Its proposer changes a project until it is published; the staff always. */
export const canEditProject = (actor: Actor, p: { publishedAt: Date | null; proposedBy: number | null }) =>
  isStaff(actor) || (isMember(actor) && p.proposedBy === actor.id && p.publishedAt === null);

/** A published practice example everyone reads; one in writing or review its author and the reviewers. */
export const canReadPractice = (actor: Actor, p: { status: string; authorId: number | null }) =>
  p.status === 'published' || isStaff(actor) || (isMember(actor) && p.authorId === actor.id);

/** Its author changes it until it is published; the reviewers always. */
export const canEditPractice = (actor: Actor, p: { status: string; authorId: number | null }) =>
  isStaff(actor) || (isMember(actor) && p.authorId === actor.id && p.status !== 'published');

export const canReviewPractices = (actor: Actor) => isStaff(actor);

/** A city's public profile is kept by the administrators and the city's coordinator. */
export const canKeepCity = (actor: Actor, cityId: number) => isAdmin(actor) || (isMember(actor) && actor.coordinates.includes(cityId));

export function requireCityKeeper(actor: Actor, cityId: number) {
  const user = requireMember(actor);
  if (!canKeepCity(user, cityId)) throw Forbidden('Only administrators and the city’s coordinator keep its profile.');
  return user;
}
