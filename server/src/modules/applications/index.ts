export { applicationsRoutes } from './applications.routes.ts';
export { createApplicationsService, openInvitation, useInvitation } from './applications.service.ts';
export type { ApplicationsService } from './applications.service.ts';
