import { z } from 'zod';
import { Locale } from './common.ts';
import { Email } from './users.ts';
import { line, text } from './text.ts';

/** How long the invitation of an accepted city's contact stays valid. */
export const INVITATION_DAYS = 30;

/**
 * A prospective member city's application (public). `website` is the honeypot a person never
 * sees; `formStartedAt` (epoch milliseconds, set by the form when it was shown) feeds the time check.
 */
export const ApplicationInput = z.object({
  cityName: line().trim().min(2).max(100),
  state: line().trim().min(2).max(100),
  country: line().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code').default('DE'),
  population: z.coerce.number().int().min(1).max(50_000_000),
  office: line().trim().min(2).max(200),
  contactName: line().trim().min(2).max(120),
  email: Email,
  motivation: text().trim().min(20).max(4000),
  heardFrom: line().trim().max(300).default(''),
  consent: z.union([z.literal(true), z.literal('on'), z.literal('true')], { error: 'Consent to the processing of the application is required.' }),
  locale: Locale.default('de'),
  website: z.string().max(500).default(''),
  formStartedAt: z.coerce.number().int().positive().optional(),
});
export type ApplicationInput = z.input<typeof ApplicationInput>;

export const ApplicationStatus = z.enum(['pending', 'accepted', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** An application as the office reviews it. */
export const Application = z.object({
  id: z.number().int(),
  cityName: z.string(),
  state: z.string(),
  country: z.string(),
  population: z.number().int(),
  office: z.string(),
  contactName: z.string(),
  email: z.string(),
  motivation: z.string(),
  heardFrom: z.string(),
  locale: Locale,
  status: ApplicationStatus,
  rejectReason: z.string().nullable(),
  /** the member city it became */
  city: z.object({ slug: z.string(), name: z.string() }).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** whether the contact has registered with the invitation */
  invitationUsed: z.boolean(),
  createdAt: z.string(),
});
export type Application = z.infer<typeof Application>;

/** What an accepted application gives the office: the invitation link (mailed too), to pass on where mail does not reach. */
export const AcceptedApplication = z.object({ application: Application, invitationUrl: z.string() });
export type AcceptedApplication = z.infer<typeof AcceptedApplication>;

export const RejectApplicationInput = z.object({ reason: text().trim().min(10).max(2000) });
export type RejectApplicationInput = z.infer<typeof RejectApplicationInput>;

/** What the registration page shows of a valid invitation. */
export const Invitation = z.object({ city: z.object({ slug: z.string(), name: z.string() }), contactName: z.string(), email: z.string() });
export type Invitation = z.infer<typeof Invitation>;
