import { createOidcClients, createSso } from './modules/sso/index.ts';
import { createDataRights, DATA_RIGHTS_JOB, EXPORT_JOB } from './modules/data-rights/index.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createAuthService, createEmailConfirmation, createLoginLimiter, createPasswordReset, RESET_LINK_JOB, type SessionStore } from './modules/auth/index.ts';
import { createCitiesService } from './modules/cities/index.ts';
import { createDocumentsService, type ExtractionJob, type FileStore } from './modules/documents/index.ts';
import { createCurationService } from './modules/curation/index.ts';
import { createAuditsService } from './modules/audits/index.ts';
import { createCollectionsService } from './modules/collections/index.ts';
import { createTopicsService } from './modules/topics/index.ts';
import { createFlagsService } from './modules/flags/index.ts';
import { createModerationService } from './modules/moderation/index.ts';
import { createAnswers, createBookmarks, createDrafts, createForumService, createForumViews, createThreadMoves, createThreadTools } from './modules/forum/index.ts';
import { createGroupsService } from './modules/groups/index.ts';
import { createDigests, createNotificationsService, DIGEST_JOB, POST_JOB } from './modules/notifications/index.ts';
import { createMailService, MAIL_JOB, type Mailer } from './modules/mail/index.ts';
import { createJobRunner, type JobRunner } from './jobs/job-runner.ts';
import { createCalendarService, sessionCalendarFile } from './modules/calendar/index.ts';
import { createLiveLimits, createLiveService, createSimilarService, SESSION_SOON_JOB } from './modules/live/index.ts';
import type { PresenceCounter } from './realtime/presence.ts';
import { createSearchService } from './modules/search/index.ts';
import { createSiteService } from './modules/site/index.ts';
import { createApplicationsService } from './modules/applications/index.ts';
import { createProjectsService } from './modules/projects/index.ts';
import { createPracticesService } from './modules/practices/index.ts';
import { createMembersService, createUsersService } from './modules/users/index.ts';
import { createRateLimits } from './lib/rate-limits.ts';
import type { Publisher } from './realtime/publisher.ts';

export function createServices(deps: {
  config: Config;
  database: Database;
  sessions: SessionStore;
  publisher: Publisher;
  fileStore: FileStore;
  extraction: ExtractionJob;
  mailer: Mailer;
  /** the live rooms' participant count, where a Socket.IO server runs */
  presence?: PresenceCounter;
}) {
  const { config, database, sessions, publisher, fileStore, extraction, mailer, presence } = deps;
  const db = database.db;
  const rateLimits = createRateLimits(database);
  // The runner calls the services, which nudge the runner after a commit that queued a job.
  let jobs: JobRunner | undefined;
  const nudge = () => jobs?.nudge();
  const mail = createMailService({ db, mailer, publicUrl: config.mail.publicUrl, nudge });
  const notifications = createNotificationsService({ db, publisher, nudge, mail });
  const documents = createDocumentsService({ db, fileStore, uploadMaxBytes: config.uploadMaxBytes, extraction, notifications });
  const forum = createForumService({ db, publisher, documents, notifications });
  const emailConfirmation = createEmailConfirmation({ db, mail, notifications });
  const live = createLiveService({
    db,
    publisher,
    forum,
    limiter: createLiveLimits(rateLimits, config.liveLimits),
    presence,
    notifications,
    calendarFile: (sessionId) => sessionCalendarFile(db, sessionId, config.mail.publicUrl),
  });
  const digests = createDigests({ db, mail });
  const audits = createAuditsService({ db, forum, publisher });
  const threadTools = createThreadTools({ db, publisher, documents });
  const threadMoves = createThreadMoves({ db, publisher, documents });
  const passwordReset = createPasswordReset({ db, sessions, publisher, mail, rateLimits, passwordLogin: config.passwordLogin });
  const dataRights = createDataRights({ db, dataDir: config.dataDir, fileStore, publisher, erasurePolicy: config.erasureContent, mailLogDays: config.mailLogDays, notifications, nudge });
  jobs = createJobRunner({
    db,
    leaseSeconds: config.jobLeaseSeconds,
    handlers: {
      [POST_JOB]: (payload, job) => notifications.notifyPost(payload, job),
      [MAIL_JOB]: (payload) => mail.send(payload),
      [SESSION_SOON_JOB]: (payload, job) => live.remindSoon(payload, job),
      [DIGEST_JOB]: () => digests.run(),
      [RESET_LINK_JOB]: (payload) => passwordReset.mailRequested(payload),
      [EXPORT_JOB]: (payload) => dataRights.buildExport(payload),
      [DATA_RIGHTS_JOB]: () => dataRights.housekeeping(),
    },
  });
  return {
    database,
    sessions,
    rateLimits,
    /** the background jobs (queued in the jobs table): start() where the server runs */
    jobs,
    notifications,
    mail,
    passwordReset,
    dataRights,
    sso: createSso({ db, clients: createOidcClients(config.oidcProviders), sessions, publisher, notifications, publicUrl: config.mail.publicUrl }),
    /** false: sign-in, registration and reset by password are refused (PASSWORD_LOGIN=0) */
    passwordLogin: config.passwordLogin,
    /** writes per account (per address when anonymous) and minute, for the API and the form actions alike */
    writes: rateLimits.budget({ name: 'writes', points: config.limits.writesPerMinute, durationSeconds: 60 }),
    emailConfirmation,
    auth: createAuthService({
      db,
      sessions,
      publisher,
      mail,
      notifications,
      confirmation: emailConfirmation,
      limiter: createLoginLimiter(rateLimits, config.limits),
      passwordLogin: config.passwordLogin,
    }),
    users: createUsersService({ db, publisher, notifications, mail }),
    members: createMembersService(db),
    cities: createCitiesService(db, publisher),
    documents,
    forum,
    answers: createAnswers({ db, publisher, documents }),
    drafts: createDrafts(db),
    bookmarks: createBookmarks({ db, publisher, documents }),
    threadTools,
    threadMoves,
    curation: createCurationService(db),
    topics: createTopicsService(db),
    collections: createCollectionsService(db),
    audits,
    moderation: createModerationService({ db, tools: { ...threadTools, move: threadMoves.move } }),
    flags: createFlagsService({ db, views: createForumViews({ db, publisher, documents }), notifications, publisher, flagsToHide: config.flagsToHide, questions: live }),
    groups: createGroupsService({ db, publisher, notifications, mail }),
    live,
    search: createSearchService(db, {
      audits: async (actor, q) => (await audits.list(actor, { q })).items,
      sessions: (actor, q) => live.listSessions(actor, { scope: 'all', q }),
    }),
    calendar: createCalendarService(db),
    site: createSiteService({ db, notifications }),
    projects: createProjectsService(db),
    practices: createPracticesService({ db, notifications }),
    applications: createApplicationsService({
      db,
      mail,
      notifications,
      minSeconds: config.limits.applicationMinSeconds,
      budget: rateLimits.budget({ name: 'applications', points: config.limits.applicationsPerHour, durationSeconds: 3600 }),
    }),
    similar: createSimilarService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
