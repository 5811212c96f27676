export { searchRoutes } from './search.routes.ts';
export { createSearchService } from './search.service.ts';
export { matches, opaqueQuery, rank, typedText } from './search.sql.ts';
