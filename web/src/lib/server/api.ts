import {
  type ChangePasswordInput,
  type CityInput,
  type CityProfileInput,
  type CreateThreadInput,
  type DocumentListQuery,
  type ErrorCode,
  Id,
  type Locale,
  type LoginInput,
  type PostInput,
  type RegisterInput,
  type RejectInput,
  type Role,
  type SuspendInput,
  type SearchQuery,
  type UpdateDocumentInput,
  type UpdateProfileInput,
} from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import { error, type RequestEvent } from '@sveltejs/kit';
import { flagsApi } from '../flags/flags-api.server.ts';
import { threadToolsApi } from '../forum/thread-tools-api.server.ts';
import { topicsApi } from '../topics/topics-api.server.ts';
import { collectionsApi } from '../collections/collections-api.server.ts';
import { auditsApi } from '../audits/audits-api.server.ts';
import { exchangeApi } from '../exchange/exchange-api.server.ts';
import { siteApi } from '../site/site-api.server.ts';
import { networkApi } from '../network/network-api.server.ts';
import { groupsApi } from '../groups/groups-api.server.ts';
import { liveApi } from '../live/live-api.server.ts';
import { notificationsApi } from '../notifications/notifications-api.server.ts';
import { dataRightsApi } from '../data-rights/data-rights-api.server.ts';
import { pageContext } from './page-context.ts';

/** A refusal of a service, worded as the JSON API words it (status, code, fields). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  /** seconds until a refused (429) request may be tried again */
  readonly retryAfter: number | undefined;
  /** facts to word for the person (a suspension's reason and end) */
  readonly details: Record<string, string>;

  constructor(status: number, code: ErrorCode, message: string, fields: Record<string, string> = {}, retryAfter?: number, details: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

/** For calls whose refusal changes nothing for the user; server failures still surface. */
export function ignoreApiRefusal(e: unknown): void {
  if (!(e instanceof ApiError) || e.status >= 500) throw e;
}

/** Runs a service call; its refusals become ApiErrors, a database that is away the 503 page. */
export type Call = <T>(work: () => T | Promise<T>) => Promise<T>;

function calls(context: PageContext): { read: Call; write: Call; id: (value: number) => number } {
  const read: Call = async (work) => {
    try {
      return await work();
    } catch (e) {
      const failure = context.failure(e);
      if (failure.status === 503) error(503, { message: 'unavailable', code: 'unavailable' });
      if (failure.status >= 500) throw e;
      const { code, message, fields, details } = failure.body.error;
      throw new ApiError(failure.status, code, message, fields, failure.retryAfterSeconds, details);
    }
  };
  const { actor, services } = context;
  // The same write budget as the JSON API: per account, or per address when signed out.
  const write: Call = (work) =>
    read(async () => {
      await services.writes.take(actor ? `user:${actor.id}` : `ip:${context.clientIp}`);
      return work();
    });
  /** An id outside the integer range names nothing, as in the API's paths. */
  const id = (value: number) => {
    if (!Id.safeParse(value).success) throw new ApiError(404, 'not_found', 'Not found.');
    return value;
  };
  return { read, write, id };
}

/**
 * The pages' typed access to the services, in-process: the same service functions, rights checks
 * and error mapping the JSON routes use, with the actor Express resolved once for this request.
 */
export function createApi(event: Pick<RequestEvent, 'platform'>) {
  const context = pageContext(event);
  const { actor, services: s } = context;
  const { read, write, id } = calls(context);

  return {
    ...groupsApi(context, { read, write, id }),
    ...liveApi(context, { read, write, id }),
    ...notificationsApi(context, { read, write, id }),
    ...threadToolsApi(context, { read, write, id }),
    ...flagsApi(context, { read, write, id }),
    ...topicsApi(context, { read, write, id }),
    ...collectionsApi(context, { read, write, id }),
    ...auditsApi(context, { read, write, id }),
    ...exchangeApi(context, { read, write, id }),
    ...siteApi(context, { read, write }),
    ...networkApi(context, { read, write, id }),
    ...dataRightsApi(context, { read, write, id }),
    me: () => read(() => s.users.me(actor)),
    profile: (userId: number) => read(() => s.members.profile(actor, id(userId))),
    updateProfile: (input: UpdateProfileInput) => write(() => s.users.updateProfile(actor, input)),
    updateLocale: (locale: Locale) => write(() => s.users.updateLocale(actor, { locale })),
    updateAutoWatch: (autoWatch: boolean) => write(() => s.users.updateAutoWatch(actor, { autoWatch })),

    login: (input: LoginInput) =>
      read(async () => {
        const { user, token, expiresAt } = await s.auth.login(input, context.clientIp);
        context.startSession(token, expiresAt);
        return user;
      }),
    /** The configured OpenID providers, and whether passwords sign in at all. */
    signInOptions: () => ({ providers: s.sso.providers(), passwordLogin: s.passwordLogin }),
    /** For a session that began at a provider: its end-session page (RP-initiated logout), else null. */
    ssoEndSessionUrl: () => read(async () => (context.sessionToken ? s.sso.endSessionUrl(context.sessionToken) : null)),
    logout: () =>
      read(async () => {
        if (context.sessionToken) await s.auth.logout(context.sessionToken);
        context.endSession();
      }),
    register: (input: RegisterInput) => write(() => s.auth.register(input)),
    changePassword: (input: ChangePasswordInput) => write(() => s.auth.changePassword(actor, context.sessionToken ?? '', input)),

    pendingUsers: () => read(async () => (await s.users.list(actor, { status: 'pending' })).items),
    users: (query: Record<string, string>) => read(() => s.users.list(actor, query)),
    accountRecord: (userId: number) => read(() => s.moderation.account(actor, id(userId))),
    suspendUser: (userId: number, input: SuspendInput) => write(() => s.users.suspend(actor, id(userId), input)),
    reinstateUser: (userId: number) => write(() => s.users.reinstate(actor, id(userId))),
    setRole: (userId: number, role: Role) => write(() => s.users.setRole(actor, id(userId), { role })),
    approveUser: (userId: number) => write(() => s.users.approve(actor, id(userId))),
    rejectUser: (userId: number, input: RejectInput) => write(() => s.users.reject(actor, id(userId), input)),

    cities: () => read(() => s.cities.list()),
    citiesMap: (title: string) => read(() => s.cities.map(title)),
    city: (slug: string) => read(() => s.cities.profile(actor, slug)),
    updateCityProfile: (slug: string, input: CityProfileInput) => write(() => s.cities.updateProfile(actor, slug, input)),
    createCity: (input: CityInput) => write(() => s.cities.create(actor, input)),
    updateCity: (slug: string, input: CityInput) => write(() => s.cities.update(actor, slug, input)),
    setCoordinator: (slug: string, userId: number | null) => write(() => s.cities.setCoordinator(actor, slug, { userId })),
    mergeCity: (slug: string, intoSlug: string) => write(() => s.cities.merge(actor, slug, { intoSlug })),
    applicants: () => read(() => s.users.applicants(actor)),

    categories: () => read(() => s.forum.listCategories()),
    categoryThreads: (slug: string, cursor?: string, topic?: string) => read(() => s.forum.listThreads(actor, slug, cursor, topic)),
    createThread: (input: CreateThreadInput) => write(() => s.forum.createThread(actor, input)),
    thread: (threadId: number, cursor?: string, sort?: 'time' | 'helpful') => read(() => s.forum.getThread(actor, id(threadId), cursor, sort)),
    createPost: (threadId: number, input: PostInput) => write(() => s.forum.createPost(actor, id(threadId), input)),
    updatePost: (postId: number, body: string) => write(() => s.forum.updatePost(actor, id(postId), { body })),
    deletePost: (postId: number) => write(() => s.forum.deletePost(actor, id(postId))),
    locatePost: (postId: number) => read(() => s.forum.locatePost(actor, id(postId))),
    revisions: (postId: number) => read(() => s.forum.revisions(actor, id(postId))),
    preview: (body: string) => write(() => s.forum.preview(actor, { body }).html),

    search: (query: SearchQuery) => read(() => s.search.search(actor, query)),

    // Library: uploads go from the browser straight to the API (multipart), never through here.
    documents: (query: Partial<Record<keyof DocumentListQuery, string>>) => read(() => s.documents.list(actor, query)),
    document: (documentId: number) => read(() => s.documents.get(actor, id(documentId))),
    updateDocument: (documentId: number, input: UpdateDocumentInput) => write(() => s.documents.update(actor, id(documentId), input)),
    deleteDocument: (documentId: number) => write(() => s.documents.remove(actor, id(documentId))),
    uploadLimits: () => read(() => s.documents.limits()),
    attachableDocuments: () => read(() => s.documents.attachable(actor)),
  };
}

export type Api = ReturnType<typeof createApi>;
