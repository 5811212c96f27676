import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createLoginLimiter } from './modules/auth/login-limiter.ts';
import type { SessionStore } from './modules/auth/sessions.ts';
import { createCitiesService } from './modules/cities/cities.service.ts';
import { createDocumentsService } from './modules/documents/documents.service.ts';
import type { ExtractionJob } from './modules/documents/extraction/extraction-job.ts';
import type { FileStore } from './modules/documents/file-store.ts';
import { createForumService } from './modules/forum/forum.service.ts';
import { createGroupsService } from './modules/groups/groups.service.ts';
import { createCalendarService } from './modules/live/calendar.service.ts';
import { createLiveLimits } from './modules/live/live-limits.ts';
import { createLiveService } from './modules/live/live.service.ts';
import type { PresenceCounter } from './modules/live/presence.ts';
import { createSimilarService } from './modules/live/similar.service.ts';
import { createSearchService } from './modules/search/search.service.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { createRateLimits } from './lib/rate-limits.ts';
import type { Publisher } from './realtime/publisher.ts';

export function createServices(deps: {
  config: Config;
  database: Database;
  sessions: SessionStore;
  publisher: Publisher;
  fileStore: FileStore;
  extraction: ExtractionJob;
  /** the live rooms' participant count, where a Socket.IO server runs */
  presence?: PresenceCounter;
}) {
  const { config, database, sessions, publisher, fileStore, extraction, presence } = deps;
  const db = database.db;
  const rateLimits = createRateLimits(database);
  const documents = createDocumentsService({ db, fileStore, uploadMaxBytes: config.uploadMaxBytes, extraction });
  const forum = createForumService({ db, publisher, documents });
  return {
    database,
    sessions,
    rateLimits,
    /** writes per account (per address when anonymous) and minute, for the API and the form actions alike */
    writes: rateLimits.budget({ name: 'writes', points: config.limits.writesPerMinute, durationSeconds: 60 }),
    auth: createAuthService({ db, sessions, publisher, limiter: createLoginLimiter(rateLimits, config.limits) }),
    users: createUsersService(db, publisher),
    cities: createCitiesService(db),
    documents,
    forum,
    groups: createGroupsService({ db, publisher }),
    live: createLiveService({ db, publisher, forum, limiter: createLiveLimits(rateLimits, config.liveLimits), presence }),
    search: createSearchService(db),
    calendar: createCalendarService(db),
    similar: createSimilarService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
