import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** A plain-http issuer only on the machine itself (a local IdP, the tests); everything else https. */
const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

const OidcProvider = z.object({
  /** in the paths: /auth/oidc/<id> */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  issuer: z
    .string()
    .url()
    .refine((u) => new URL(u).protocol === 'https:' || isLoopbackHttp(new URL(u)), 'must be https (plain http only on a loopback address)'),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** on the button: "Anmelden mit <name>" */
  name: z.string().min(1).max(60),
  /** only addresses of these domains sign in through it (none: any verified address) */
  domains: z.array(z.string().toLowerCase()).default([]),
  /** new accounts belong to this member city */
  citySlug: z.string().optional(),
  /** new accounts from an allowed domain are approved at once */
  autoApprove: z.boolean().default(false),
});
export type OidcProviderConfig = z.infer<typeof OidcProvider>;

const OidcProviders = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
      return z.NEVER;
    }
  })
  .pipe(z.array(OidcProvider).refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'ids must differ'));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** demo content on first start; defaults to on for the embedded database, off for a PostgreSQL server */
  DEMO: flag.optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  /** Express "trust proxy" setting: hops or addresses of reverse proxies in front of us. */
  TRUST_PROXY: z.string().default('loopback'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(8),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(40),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** membership applications per address and hour (the public form's spam limit) */
  APPLICATIONS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** an application form sent sooner after it was shown is taken for a bot's (the time check) */
  APPLICATION_MIN_SECONDS: z.coerce.number().int().min(0).default(3),
  LIVE_QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  LIVE_VOTES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  LIVE_CHAT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  REALTIME_ADAPTER: z.enum(['memory', 'postgres', 'redis']).default('memory'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).default(10),
  /** how long a node holds a background job (a mail) it took: after a crash, another node takes it up after this */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  /** flags from this many members hide a post or thread until a moderator reviews it */
  FLAGS_TO_HIDE: z.coerce.number().int().min(1).default(3),
  LOG_REQUESTS: flag.default(false),
  /** json: one JSON object a line; text: plain lines; unset: text on a terminal, JSON otherwise (read by lib/log.ts) */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  /** an erased member's posts: kept under "former member" (anonymise) or emptied and marked deleted (delete) */
  ERASURE_CONTENT: z.enum(['anonymise', 'delete']).default('anonymise'),
  /** sent (or given up) mails, with their addresses and texts, are deleted after this many days */
  MAIL_LOG_DAYS: z.coerce.number().int().min(1).default(90),
  /** single sign-on: a JSON array of OpenID Connect providers (see README) */
  OIDC_PROVIDERS: OidcProviders.default([]),
  /** 0: no password sign-in, registration or reset (single sign-on only) */
  PASSWORD_LOGIN: flag.default(true),
  /** the bearer token `/metrics` asks for; unset: no `/metrics` */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** smtp:// or smtps://, with credentials; unset: mails are only kept in the outbox (/admin/outbox) */
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Praxisnetz <praxisnetz@localhost>'),
  /** the address people reach the platform at: the links in mails start with it */
  PUBLIC_URL: z.string().url().optional(),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    demo: e.DEMO ?? !e.DATABASE_URL,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    trustProxy: e.TRUST_PROXY,
    sessionDays: e.SESSION_DAYS,
    limits: {
      loginFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
      writesPerMinute: e.WRITES_PER_MINUTE,
      applicationsPerHour: e.APPLICATIONS_PER_HOUR,
      applicationMinSeconds: e.APPLICATION_MIN_SECONDS,
    },
    /** per person and live room: questions, votes (and retractions), chat messages */
    liveLimits: {
      questionsPerMinute: e.LIVE_QUESTIONS_PER_MINUTE,
      votesPerMinute: e.LIVE_VOTES_PER_MINUTE,
      chatPerMinute: e.LIVE_CHAT_PER_MINUTE,
    },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    realtimeAdapter: e.REALTIME_ADAPTER,
    redisUrl: e.REDIS_URL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    flagsToHide: e.FLAGS_TO_HIDE,
    logRequests: e.LOG_REQUESTS,
    erasureContent: e.ERASURE_CONTENT,
    mailLogDays: e.MAIL_LOG_DAYS,
    metricsToken: e.METRICS_TOKEN,
    oidcProviders: e.OIDC_PROVIDERS,
    passwordLogin: e.PASSWORD_LOGIN,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT || 3000}`).replace(/\/+$/, ''),
    },
  };
}
