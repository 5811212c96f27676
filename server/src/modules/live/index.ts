export { createLiveLimits } from './live.limits.ts';
export { liveRoutes } from './live.routes.ts';
export { createLiveService } from './live.service.ts';
export { registerLiveSocket } from './live.socket.ts';
export { similarRoutes } from './questions/similar.routes.ts';
export { createSimilarService } from './questions/similar.service.ts';
export { SESSION_SOON_JOB } from './sessions/session-notices.ts';
