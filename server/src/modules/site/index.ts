export { privacyNoticeVersion } from './site.repo.ts';
export { siteRoutes } from './site.routes.ts';
export { createSiteService } from './site.service.ts';
export type { SiteService } from './site.service.ts';
