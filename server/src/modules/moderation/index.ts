export { listSessionModeration, recordModeration } from './moderation-log.repo.ts';
export type { ModerationRow } from './moderation-log.repo.ts';
