import {
  ApiErrorBody,
  type Category,
  type City,
  type CityInput,
  type ChangePasswordInput,
  type CreateThreadInput,
  type Document,
  type DocumentDetail,
  type DocumentListQuery,
  type ErrorCode,
  type Locale,
  type LoginInput,
  type Page,
  type Post,
  type PostInput,
  type PostLocation,
  type PostRevision,
  type RegisterInput,
  type SearchQuery,
  type SearchResult,
  type Thread,
  type ThreadSummary,
  type UpdateDocumentInput,
  type UpdateProfileInput,
  type User,
} from '@praxisnetz/shared';
import { type Cookies, error, type RequestEvent } from '@sveltejs/kit';
import { groupsApi } from './api-groups.ts';
import { liveApi } from './api-live.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  /** seconds until a refused (429) request may be tried again, from the Retry-After header */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: ErrorCode, message: string, fields: Record<string, string> = {}, retryAfter?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

/**
 * The API sets and clears the session cookie; the browser only talks to us, so we pass
 * its Set-Cookie headers on with the same attributes.
 */
function forwardCookies(cookies: Cookies, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const { name, value, path, domain, expires, maxAge, httpOnly, secure, sameSite } = cookies.parse(header);
    cookies.set(name, value ?? '', {
      path: path ?? '/',
      domain,
      expires,
      maxAge,
      httpOnly: httpOnly ?? false,
      secure: secure ?? false,
      sameSite,
    });
  }
}

/** For calls whose refusal changes nothing for the user; network and server failures still surface. */
export function ignoreApiRefusal(e: unknown): void {
  if (!(e instanceof ApiError) || e.status >= 500) throw e;
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = ApiErrorBody.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return new ApiError(response.status, 'internal', `API answered ${response.status}`);
  const { code, message, fields } = parsed.data.error;
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  return new ApiError(response.status, code, message, fields, retryAfter);
}

export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<T>;
export type QueryString = (params: Record<string, string | undefined>) => string;

/** Typed client of the JSON API over event.fetch (hooks.server.ts routes it to the API over loopback). */
export function createApi(event: Pick<RequestEvent, 'fetch' | 'cookies'>) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await event.fetch(`/api${path}`, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    forwardCookies(event.cookies, response);
    // The database is away: the page says so with the same status, and the browser may retry.
    if (response.status === 503) error(503, { message: 'unavailable', code: 'unavailable' });
    if (!response.ok) throw await toApiError(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  const query = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return search.size ? `?${search}` : '';
  };

  return {
    ...groupsApi(call, query),
    ...liveApi(call, query),
    me: async () => (await call<{ user: User }>('GET', '/me')).user,
    updateProfile: async (input: UpdateProfileInput) => (await call<{ user: User }>('PATCH', '/me', input)).user,
    updateLocale: async (locale: Locale) => (await call<{ user: User }>('PUT', '/me/locale', { locale })).user,

    login: async (input: LoginInput) => (await call<{ user: User }>('POST', '/auth/login', input)).user,
    logout: () => call<void>('POST', '/auth/logout'),
    register: async (input: RegisterInput) => (await call<{ user: User }>('POST', '/auth/register', input)).user,
    changePassword: (input: ChangePasswordInput) => call<void>('POST', '/auth/password', input),

    pendingUsers: async () => (await call<{ items: User[] }>('GET', '/users?status=pending')).items,
    approveUser: async (id: number) => (await call<{ user: User }>('POST', `/users/${id}/approve`)).user,

    cities: async () => (await call<{ items: City[] }>('GET', '/cities')).items,
    createCity: async (input: CityInput) => (await call<{ city: City }>('POST', '/cities', input)).city,
    updateCity: async (slug: string, input: CityInput) =>
      (await call<{ city: City }>('PATCH', `/cities/${encodeURIComponent(slug)}`, input)).city,

    categories: async () => (await call<{ items: Category[] }>('GET', '/categories')).items,
    categoryThreads: (slug: string, cursor?: string) =>
      call<Page<ThreadSummary>>('GET', `/categories/${encodeURIComponent(slug)}/threads${query({ cursor })}`),
    createThread: async (input: CreateThreadInput) => (await call<{ thread: Thread }>('POST', '/threads', input)).thread,
    thread: (id: number, cursor?: string) =>
      call<{ thread: Thread; posts: Page<Post> }>('GET', `/threads/${id}${query({ cursor })}`),
    createPost: async (threadId: number, input: PostInput) =>
      (await call<{ post: Post }>('POST', `/threads/${threadId}/posts`, input)).post,
    updatePost: async (id: number, body: string) => (await call<{ post: Post }>('PATCH', `/posts/${id}`, { body })).post,
    deletePost: (id: number) => call<void>('DELETE', `/posts/${id}`),
    locatePost: (id: number) => call<PostLocation>('GET', `/posts/${id}/location`),
    revisions: async (id: number) => (await call<{ items: PostRevision[] }>('GET', `/posts/${id}/revisions`)).items,
    preview: async (body: string) => (await call<{ html: string }>('POST', '/markdown/preview', { body })).html,

    search: ({ year, ...params }: SearchQuery) => call<SearchResult>('GET', `/search${query({ ...params, year: year?.toString() })}`),

    // Library: uploads go from the browser straight to the API (multipart), never through here.
    documents: (q: Partial<Record<keyof DocumentListQuery, string>>) => call<Page<Document>>('GET', `/documents${query(q)}`),
    document: async (id: number) => (await call<{ document: DocumentDetail }>('GET', `/documents/${id}`)).document,
    updateDocument: async (id: number, input: UpdateDocumentInput) =>
      (await call<{ document: Document }>('PATCH', `/documents/${id}`, input)).document,
    deleteDocument: (id: number) => call<void>('DELETE', `/documents/${id}`),
    uploadLimits: () => call<{ maxBytes: number }>('GET', '/documents/limits'),
  };
}

export type Api = ReturnType<typeof createApi>;
