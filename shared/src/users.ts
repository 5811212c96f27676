import { z } from 'zod';
import { blankToUndefined, line, secret, text } from './text.ts';
import { Locale } from './common.ts';
import { TopicRef } from './topics.ts';

export const Role = z.enum(['member', 'moderator', 'admin']);
export type Role = z.infer<typeof Role>;
export const UserStatus = z.enum(['pending', 'active', 'suspended']);
export type UserStatus = z.infer<typeof UserStatus>;

export const CityRef = z.object({ slug: z.string(), name: z.string() });
export type CityRef = z.infer<typeof CityRef>;

/** What others see of a person next to their posts. */
export const Author = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: Role,
  city: CityRef.nullable(),
});
export type Author = z.infer<typeof Author>;

/** What the account may do across the network, decided by the server's policy. */
export const UserPermissions = z.object({
  /** an approved account: reads the forum, writes, joins groups */
  takePart: z.boolean(),
  /** network moderators and admins: approve accounts, curate every space, create groups */
  moderate: z.boolean(),
  /** admins: roles, cities, signing others out */
  administer: z.boolean(),
  /** reviews flags: network moderators and admins (all), a working group's leads (their group's) */
  reviewFlags: z.boolean(),
  /** approves applicants: network moderators and admins (all), a city's coordinator (the city's) */
  approveAccounts: z.boolean(),
});
export type UserPermissions = z.infer<typeof UserPermissions>;

export const User = Author.extend({
  email: z.string(),
  /** the person confirmed the address through the mailed link; only then can the account be approved */
  emailConfirmed: z.boolean(),
  status: UserStatus,
  bio: z.string(),
  locale: Locale,
  /** null: the network's time (Europe/Berlin) */
  timeZone: z.string().nullable(),
  /** starting or replying to a thread watches it */
  autoWatch: z.boolean(),
  /** office or function, languages spoken and whether members see the address: the profile's own fields */
  office: z.string(),
  languages: z.array(z.string()),
  showEmail: z.boolean(),
  /** the version of the privacy notice the person accepted; null: none yet (an account older than the record) */
  privacyVersion: z.number().int().nullable(),
  createdAt: z.string(),
  /** when the person last used the platform, to the hour */
  lastSeenAt: z.string().nullable(),
  /** a suspension's end (null: until reinstated, or not suspended) and reason */
  suspendedUntil: z.string().nullable(),
  suspendReason: z.string().nullable(),
  permissions: UserPermissions,
});
export type User = z.infer<typeof User>;

export const Email = line().trim().toLowerCase().max(254).pipe(z.email());
const DisplayName = line().trim().min(2).max(80);
export const PASSWORD_MIN = 10;
export const BIO_MAX = 500;
const Password = secret().min(PASSWORD_MIN).max(200);

export const RegisterInput = z.object({
  email: Email,
  password: Password,
  displayName: DisplayName,
  citySlug: line().min(1).max(100),
  /** the language of the mails (the page's language at registration); German if not given */
  locale: Locale.optional(),
  /** the version of the privacy notice the registration form showed, and the person accepted */
  privacyVersion: z.coerce.number().int().min(0).optional(),
  /** the token of an accepted city's invitation: the account is then the city's, active at once */
  invitation: z.preprocess(blankToUndefined, line().min(1).max(100).optional()),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.object({
  email: Email,
  password: secret().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z.object({
  currentPassword: secret().min(1).max(200),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** "Forgot password": answered the same whether an account has the address or not. */
export const PasswordResetInput = z.object({ email: Email });
export type PasswordResetInput = z.infer<typeof PasswordResetInput>;

/** The token from the mailed link and the new password. */
export const PasswordResetConfirmInput = z.object({
  token: line().min(20).max(100),
  password: Password,
});
export type PasswordResetConfirmInput = z.infer<typeof PasswordResetConfirmInput>;

/** A reset link works once, for this long. */
export const PASSWORD_RESET_MINUTES = 60;

/** An address confirmation link (registration, change of address) works once, for this long. */
export const EMAIL_CONFIRMATION_HOURS = 48;

export const ConfirmEmailInput = z.object({ token: line().min(20).max(100) });
export type ConfirmEmailInput = z.infer<typeof ConfirmEmailInput>;

/** A new address takes effect once confirmed through the link mailed to it; the password proves it is the owner. */
export const ChangeEmailInput = z.object({ email: Email, password: secret().min(1).max(200) });
export type ChangeEmailInput = z.infer<typeof ChangeEmailInput>;

/** Turning a registration down deletes it; the reason goes to the applicant by mail. */
export const RejectInput = z.object({ reason: text().trim().min(10).max(1000) });
export type RejectInput = z.infer<typeof RejectInput>;

/** An IANA time zone the runtime knows ('Europe/Lisbon'); empty: the network's time (Europe/Berlin). */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => zone === '' || Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'Choose a time zone from the list.');

/** A language a person speaks, as an ISO 639-1 code ('de', 'pl'). */
export const LanguageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'Use a two-letter language code such as de, en or fr.');
export const LANGUAGES_MAX = 12;
export const OFFICE_MAX = 120;
export const EXPERTISE_MAX = 12;

/** PATCH /api/me: the fields given change, the others stay. */
export const UpdateProfileInput = z.object({
  displayName: DisplayName.optional(),
  citySlug: line().min(1).max(100).optional(),
  bio: text().trim().max(BIO_MAX).optional(),
  locale: Locale.optional(),
  /** for the times shown and in mails (reminders, the digests' hour); empty: the network's */
  timeZone: TimeZone.optional(),
  office: line().trim().max(OFFICE_MAX).optional(),
  /** topic slugs of the network's vocabulary */
  expertise: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v), z.array(line().min(1).max(100)).max(EXPERTISE_MAX))
    .optional(),
  languages: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => s.trim() !== '') : v), z.array(LanguageCode).max(LANGUAGES_MAX))
    .optional(),
  showEmail: z.boolean().optional(),
});
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export const UpdateLocaleInput = z.object({ locale: Locale });

/** Whether starting or replying to a thread watches it. */
export const AutoWatchInput = z.object({ autoWatch: z.boolean() });
export type AutoWatchInput = z.infer<typeof AutoWatchInput>;
export type UpdateLocaleInput = z.infer<typeof UpdateLocaleInput>;

/**
 * The staff's list of accounts: by status, role, city, when last seen (`seen`: within 7, 30 or
 * 90 days, or `never`), and a part of the name or the address (`q`); USERS_PER_PAGE a page.
 */
export const UserListQuery = z.object({
  status: UserStatus.optional(),
  role: Role.optional(),
  city: line().max(100).optional(),
  seen: z.enum(['7', '30', '90', 'never']).optional(),
  q: line().trim().max(100).optional(),
  cursor: line().max(200).optional(),
});
export const USERS_PER_PAGE = 100;
export type UserListQuery = z.infer<typeof UserListQuery>;

/** A suspension: why (shown to the person at sign-in) and until which day (none: until reinstated). */
export const SuspendInput = z.object({ reason: line().trim().min(3).max(500), until: z.iso.date().optional() });
export type SuspendInput = z.infer<typeof SuspendInput>;

export const UpdateRoleInput = z.object({ role: Role });
export type UpdateRoleInput = z.infer<typeof UpdateRoleInput>;

/** What members see of each other on a profile page (`/users/:id`); the address only if its owner shows it. */
export const Profile = Author.extend({
  bio: z.string(),
  memberSince: z.string(),
  office: z.string(),
  expertise: z.array(TopicRef),
  languages: z.array(z.string()),
  /** null unless the member chose to show it (or it is the viewer's own) */
  email: z.string().nullable(),
  /** working groups the viewer can see them in (id, slug, name, as GroupRef) */
  groups: z.array(z.object({ id: z.number().int(), slug: z.string(), name: z.string() })),
  acceptedAnswerCount: z.number().int(),
  recentThreads: z.array(z.object({ id: z.number().int(), title: z.string(), kind: z.enum(['discussion', 'question']), createdAt: z.string() })),
  recentAnswers: z.array(
    z.object({ postId: z.number().int(), threadId: z.number().int(), threadTitle: z.string(), accepted: z.boolean(), createdAt: z.string() }),
  ),
});
export type Profile = z.infer<typeof Profile>;
