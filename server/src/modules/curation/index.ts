export { curationRoutes } from './curation.routes.ts';
export { createCurationService } from './curation.service.ts';
export type { CurationService } from './curation.service.ts';
