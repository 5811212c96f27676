import { ssoRoutes } from '../modules/sso/index.ts';
import { dataRightsRoutes } from '../modules/data-rights/index.ts';
import { siteRoutes } from '../modules/site/index.ts';
import { applicationsRoutes } from '../modules/applications/index.ts';
import { projectsRoutes } from '../modules/projects/index.ts';
import { practicesRoutes } from '../modules/practices/index.ts';
import { randomUUID } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import type { Config } from '../config.ts';
import type { Services } from '../services.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { citiesRoutes } from '../modules/cities/index.ts';
import { documentsRoutes, downloadRoutes } from '../modules/documents/index.ts';
import { curationRoutes } from '../modules/curation/index.ts';
import { auditsRoutes } from '../modules/audits/index.ts';
import { collectionsRoutes } from '../modules/collections/index.ts';
import { topicsRoutes } from '../modules/topics/index.ts';
import { flagsRoutes } from '../modules/flags/index.ts';
import { moderationRoutes } from '../modules/moderation/index.ts';
import { answersRoutes, forumRoutes, threadToolsRoutes } from '../modules/forum/index.ts';
import { groupsRoutes } from '../modules/groups/index.ts';
import { calendarFeedRoutes, calendarRoutes } from '../modules/calendar/index.ts';
import { liveRoutes, similarRoutes } from '../modules/live/index.ts';
import { notificationsRoutes } from '../modules/notifications/index.ts';
import { mailRoutes } from '../modules/mail/index.ts';
import { searchRoutes } from '../modules/search/index.ts';
import { usersRoutes } from '../modules/users/index.ts';
import { NotFound } from '../lib/errors.ts';
import { csrfProtection, isSafeMethod } from './csrf.ts';
import { API_VERSION, openApiDocument } from './openapi/document.ts';
import { errorHandler } from './error-handler.ts';
import type { Metrics } from './metrics.ts';
import { requestLog } from './request-log.ts';
import { sessionMiddleware } from './session-middleware.ts';
import { writeLimiter } from './write-limiter.ts';

const UNLIMITED_WRITES = new Set(['/auth/login', '/auth/logout']);
/** Live-room writes have their own per-person limits (LIVE_*_PER_MINUTE), sized for a running session. */
const OWN_LIMIT = /^\/(questions\/\d+\/vote|sessions\/\d+\/(questions|chat))$/;

export function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

const FILE_BODIES = /^\/audits\/[^/]+\/(areas|results|uploads)$/;

export function createApp(deps: { config: Config; services: Services; metrics: Metrics; web?: (services: Services) => RequestHandler }): express.Express {
  const { config, services, metrics } = deps;
  const app = express();
  app.set('trust proxy', parseTrustProxy(config.trustProxy));
  app.disable('x-powered-by');
  const handleErrors = errorHandler(services.database.availability);
  app.use((_req, res, next) => {
    // The id ties a user's report ("request …") to the log line of its failure.
    res.locals.requestId = randomUUID();
    res.set({ 'X-Request-Id': res.locals.requestId, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin', 'X-Frame-Options': 'DENY' });
    next();
  });
  if (config.logRequests) app.use(requestLog);
  app.use(metrics.track);
  app.get('/metrics', metrics.endpoint(config.metricsToken));

  const api = express.Router();
  let document: ReturnType<typeof openApiDocument> | undefined;
  // Boundary and results files are read by their routes, with limits of their own.
  const json = express.json({ limit: '256kb' });
  api.use((req, res, next) => (FILE_BODIES.test(req.path) ? next() : json(req, res, next)));
  api.use(sessionMiddleware(services.sessions));
  api.use(csrfProtection);
  const limitWrites = writeLimiter(services.writes);
  api.use((req, res, next) => (isSafeMethod(req.method) || UNLIMITED_WRITES.has(req.path) || OWN_LIMIT.test(req.path) ? next() : limitWrites(req, res, next)));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  api.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json((document ??= openApiDocument(API_VERSION)));
  });
  api.get('/health', async (_req, res) => {
    await services.database.ping();
    res.json({ status: 'ok', database: services.database.kind });
  });
  api.use(authRoutes(services.auth, services.passwordReset, services.emailConfirmation));
  api.use(usersRoutes(services.users, services.members));
  api.use(citiesRoutes(services.cities));
  api.use(answersRoutes(services.forum, services.answers, services.drafts, services.bookmarks));
  api.use(forumRoutes(services.forum));
  api.use(threadToolsRoutes(services.threadTools, services.threadMoves));
  api.use(flagsRoutes(services.flags));
  api.use(curationRoutes(services.curation));
  api.use(topicsRoutes(services.topics));
  api.use(collectionsRoutes(services.collections));
  api.use(auditsRoutes(services.audits));
  api.use(moderationRoutes(services.moderation));
  api.use(documentsRoutes(services.documents));
  api.use(searchRoutes(services.search));
  api.use(groupsRoutes(services.groups));
  api.use(liveRoutes(services.live));
  api.use(calendarRoutes(services.calendar));
  api.use(similarRoutes(services.similar));
  api.use(notificationsRoutes(services.notifications));
  api.use(mailRoutes(services.mail));
  api.use(siteRoutes(services.site));
  api.use(applicationsRoutes(services.applications));
  api.use(projectsRoutes(services.projects));
  api.use(practicesRoutes(services.practices));
  api.use(dataRightsRoutes(services.dataRights));
  api.use(() => {
    throw NotFound('API route');
  });
  api.use(handleErrors);

  app.use('/api', api);
  const files = express.Router();
  files.use(sessionMiddleware(services.sessions));
  files.use(downloadRoutes(services.documents));
  files.use(handleErrors);
  app.use('/files', files);
  const calendarFeed = express.Router();
  calendarFeed.use(calendarFeedRoutes(services.calendar));
  calendarFeed.use(handleErrors);
  app.use('/calendar', calendarFeed);
  const sso = express.Router();
  sso.use(ssoRoutes(services.sso));
  sso.use(handleErrors);
  app.use('/auth/oidc', sso);
  if (deps.web) {
    // Pages get the actor resolved once here; the app's static files need no session.
    const session = sessionMiddleware(services.sessions);
    app.use((req, res, next) => (req.path.startsWith('/_app/') ? next() : session(req, res, next)));
    app.use(deps.web(services));
  }
  app.use(handleErrors);
  return app;
}
