export { notificationsRoutes } from './notifications.routes.ts';
export { createNotificationsService, POST_JOB } from './notifications.service.ts';
export type { NotificationsService } from './notifications.service.ts';
export { createDigests, DIGEST_JOB } from './digests.ts';
export { timeForReader } from './notification-mail.ts';
