import { SESSION_COOKIE } from '@praxisnetz/shared';
import { DEMO_PASSWORD, demoUsers } from '../../server/src/demo/content/index.ts';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One person's HTTP client against a real server: keeps its session cookie like a browser
 * and sends the page's Origin on writes, as browsers do.
 */
export class ApiClient {
  readonly baseUrl: string;
  cookie = '';
  origin: string | null;

  constructor(baseUrl: string, opts: { origin?: string | null } = {}) {
    this.baseUrl = baseUrl;
    this.origin = opts.origin === undefined ? baseUrl : opts.origin;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { accept: 'application/json', ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.origin && method !== 'GET') h.origin = this.origin;
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, value] = pair!.split('=');
      if (name === SESSION_COOKIE) this.cookie = value ? `${SESSION_COOKIE}=${value}` : '';
      if (/expires=Thu, 01 Jan 1970/i.test(set)) this.cookie = '';
    }
    const text = await res.text();
    // A file (an SVG map, a CSV) comes back as its text.
    const json = res.headers.get('content-type')?.includes('json');
    return { status: res.status, body: text ? (json ? JSON.parse(text) : text) : null, headers: res.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  async login(email: string, password = DEMO_PASSWORD): Promise<ApiResponse> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}

export type DemoKey = 'admin' | 'moderator' | 'member' | 'pending1' | (string & {});

export function demoUser(key: DemoKey) {
  const user = demoUsers.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}

/** A client signed in as one of the demo accounts. */
export async function signedIn(baseUrl: string, key: DemoKey): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  await client.login(demoUser(key).email);
  return client;
}
