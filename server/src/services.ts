import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createLoginLimiter } from './modules/auth/login-limiter.ts';
import type { SessionStore } from './modules/auth/sessions.ts';
import { createCitiesService } from './modules/cities/cities.service.ts';
import { createForumService } from './modules/forum/forum.service.ts';
import { createUsersService } from './modules/users/users.service.ts';
import type { Publisher } from './realtime/publisher.ts';

export function createServices(deps: { config: Config; database: Database; sessions: SessionStore; publisher: Publisher }) {
  const { config, database, sessions, publisher } = deps;
  const db = database.db;
  return {
    database,
    sessions,
    auth: createAuthService({ db, sessions, limiter: createLoginLimiter(config.limits) }),
    users: createUsersService(db),
    cities: createCitiesService(db),
    forum: createForumService({ db, publisher }),
  };
}
export type Services = ReturnType<typeof createServices>;
