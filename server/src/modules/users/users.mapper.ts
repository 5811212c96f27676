import type { Author, User } from '@praxisnetz/shared';
import { approvesAccounts, isAdmin, isMember, isStaff, reviewsFlags } from '../../policy/index.ts';
import type { UserWithCity } from './users.repo.ts';

export function toAuthor(u: Pick<UserWithCity, 'id' | 'displayName' | 'role' | 'city'>): Author {
  return { id: u.id, displayName: u.displayName, role: u.role, city: u.city };
}

export function toUser(u: UserWithCity): User {
  return {
    ...toAuthor(u),
    email: u.email,
    emailConfirmed: u.emailConfirmedAt !== null,
    status: u.status,
    bio: u.bio,
    locale: u.locale,
    timeZone: u.timeZone,
    autoWatch: u.autoWatch,
    office: u.office,
    languages: u.languages,
    showEmail: u.showEmail,
    privacyVersion: u.privacyVersion,
    createdAt: u.createdAt.toISOString(),
    lastSeenAt: u.lastSeenAt?.toISOString() ?? null,
    suspendedUntil: u.status === 'suspended' ? (u.suspendedUntil?.toISOString() ?? null) : null,
    suspendReason: u.status === 'suspended' ? u.suspendReason : null,
    permissions: { takePart: isMember(u), moderate: isStaff(u), administer: isAdmin(u), reviewFlags: reviewsFlags(u), approveAccounts: approvesAccounts(u) },
  };
}
