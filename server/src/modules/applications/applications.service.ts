import { createHash, randomBytes } from 'node:crypto';
import {
  type AcceptedApplication,
  type Application,
  ApplicationInput,
  INVITATION_DAYS,
  type Invitation,
  RejectApplicationInput,
} from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import type { RateBudget } from '../../lib/rate-limits.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireAdmin } from '../../policy/index.ts';
import { findCityBySlug, insertCity } from '../cities/index.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { activeAdminIds } from '../users/index.ts';
import { deleteDecidedApplication, findOpenInvitation, insertApplication, listApplications, lockPendingApplication, updateApplication } from './applications.repo.ts';

const LIST_MAX = 500;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

type Listed = Awaited<ReturnType<typeof listApplications>>[number];
const toApplication = ({ a, citySlug, cityName, decidedByName }: Listed): Application => ({
  id: a.id,
  cityName: a.cityName,
  state: a.state,
  country: a.country,
  population: a.population,
  office: a.office,
  contactName: a.contactName,
  email: a.email,
  motivation: a.motivation,
  heardFrom: a.heardFrom,
  locale: a.locale,
  status: a.status,
  rejectReason: a.rejectReason,
  city: citySlug !== null ? { slug: citySlug, name: cityName! } : null,
  decidedBy: decidedByName,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  invitationUsed: a.invitedUserId !== null,
  createdAt: a.createdAt.toISOString(),
});

/**
 * Membership applications of prospective cities: anyone may apply (a budget per address, a
 * honeypot and a time check keep bots out without a third-party captcha); the office
 * (administrators) is told and decides. Acceptance creates the city and invites the contact by a
 * mailed link, which is also handed to the office; rejection tells the contact why.
 */
export function createApplicationsService(deps: {
  db: Db;
  budget: RateBudget;
  /** the time check: a form sent sooner after it was shown is refused */
  minSeconds: number;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
}) {
  const { db, budget, minSeconds, mail, notifications } = deps;

  async function get(id: number): Promise<Application> {
    const [row] = await listApplications(db, { id, limit: 1 });
    if (!row) throw NotFound('Application');
    return toApplication(row);
  }

  const contactOf = (a: { contactName: string; email: string; locale: Application['locale'] }) => ({ id: null, email: a.email, displayName: a.contactName, locale: a.locale });

  return {
    /** `null` when the honeypot caught a bot: it is answered like a person, and nothing is kept. */
    async apply(input: unknown, ip: string, now = Date.now()): Promise<{ id: number | null }> {
      const data = parseInput(ApplicationInput, input);
      await budget.take(`ip:${ip}`);
      if (data.website !== '') return { id: null };
      if (data.formStartedAt !== undefined && (data.formStartedAt > now || now - data.formStartedAt < minSeconds * 1000)) {
        throw ValidationError({ formStartedAt: 'The form was sent too quickly. Please check your details and send it again.' });
      }
      const { id, told } = await db.transaction(async (tx) => {
        const row = await insertApplication(tx, {
          cityName: data.cityName,
          state: data.state,
          country: data.country,
          population: data.population,
          office: data.office,
          contactName: data.contactName,
          email: data.email,
          motivation: data.motivation,
          heardFrom: data.heardFrom,
          locale: data.locale,
          consentAt: new Date(now),
        });
        const ids = await notifications.tell(tx, 'membership_application', await activeAdminIds(tx), {}, { title: data.cityName, path: '/admin/applications' });
        return { id: row.id, told: ids };
      });
      await notifications.told(told);
      return { id };
    },

    async list(actor: Actor): Promise<Application[]> {
      requireAdmin(actor);
      return (await listApplications(db, { limit: LIST_MAX })).map(toApplication);
    },

    /** The city is created (or, named alike, found) and its contact invited to register as its coordinator. */
    async accept(actor: Actor, id: number): Promise<AcceptedApplication> {
      const admin = requireAdmin(actor);
      const token = randomBytes(24).toString('base64url');
      const path = `/register?invitation=${token}`;
      await db.transaction(async (tx) => {
        const a = await pending(tx, id);
        const slug = slugify(a.cityName);
        const city = (await insertCity(tx, { name: a.cityName, state: a.state, country: a.country, slug })) ?? (await findCityBySlug(tx, slug))!;
        await updateApplication(tx, id, {
          status: 'accepted',
          decidedBy: admin.id,
          decidedAt: new Date(),
          cityId: city.id,
          inviteTokenHash: hashOf(token),
          inviteExpiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        });
        await mail.queue(tx, [accountMail(mail, contactOf(a), 'membership_invitation', { path, params: { city: a.cityName } })]);
      });
      mail.nudge();
      return { application: await get(id), invitationUrl: mail.link(path) };
    },

    async reject(actor: Actor, id: number, input: unknown): Promise<Application> {
      const admin = requireAdmin(actor);
      const { reason } = parseInput(RejectApplicationInput, input);
      await db.transaction(async (tx) => {
        const a = await pending(tx, id);
        await updateApplication(tx, id, { status: 'rejected', decidedBy: admin.id, decidedAt: new Date(), rejectReason: reason });
        await mail.queue(tx, [accountMail(mail, contactOf(a), 'membership_rejected', { quote: reason, params: { city: a.cityName } })]);
      });
      mail.nudge();
      return get(id);
    },

    /**
     * The office deletes a decided application, and with it the contact's details, once it no
     * longer needs them (an open invitation dies with it); a pending one must be decided first.
     */
    async remove(actor: Actor, id: number): Promise<void> {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        if (await deleteDecidedApplication(tx, id)) return;
        throw (await listApplications(tx, { id, limit: 1 })).length ? Conflict('Decide the application before deleting it.') : NotFound('Application');
      });
    },

    /** What the registration page shows of an invitation; a used, expired or unknown one is a 404. */
    async invitation(token: string): Promise<Invitation> {
      const found = token.length > 0 && token.length <= 100 ? await findOpenInvitation(db, hashOf(token), new Date()) : undefined;
      if (!found) throw NotFound('Invitation');
      return { city: { slug: found.citySlug, name: found.cityName }, contactName: found.a.contactName, email: found.a.email };
    },
  };

  async function pending(tx: Executor, id: number) {
    const a = await lockPendingApplication(tx, id);
    if (!a) throw (await listApplications(tx, { id, limit: 1 })).length ? Conflict('This application has been decided already.') : NotFound('Application');
    return a;
  }
}
export type ApplicationsService = ReturnType<typeof createApplicationsService>;

/**
 * Inside the registration's transaction: the open invitation for this token, if the address
 * registering is the one it went to — the application and the city the account joins.
 */
export async function openInvitation(tx: Executor, token: string, email: string): Promise<{ applicationId: number; cityId: number }> {
  const found = await findOpenInvitation(tx, hashOf(token), new Date());
  if (!found) throw ValidationError({ invitation: 'This invitation is not valid (any more).' });
  if (found.a.email !== email) throw ValidationError({ email: 'Register with the address the invitation went to.' });
  return { applicationId: found.a.id, cityId: found.a.cityId! };
}

/** The invitation is used up by the account registered with it. */
export const useInvitation = (tx: Executor, applicationId: number, userId: number) => updateApplication(tx, applicationId, { invitedUserId: userId });
