export { collectionsRoutes } from './collections.routes.ts';
export { createCollectionsService } from './collections.service.ts';
export type { CollectionsService } from './collections.service.ts';
