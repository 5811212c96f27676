export { listSessionModeration, recordModeration } from './moderation-log.repo.ts';
export type { ModerationRow } from './moderation-log.repo.ts';
export { moderationRoutes } from './moderation.routes.ts';
export { createModerationService } from './moderation.service.ts';
export type { ModerationService } from './moderation.service.ts';
