export { auditsRoutes } from './audits.routes.ts';
export { createAuditsService } from './audits.service.ts';
export type { AuditsService } from './audits.service.ts';
