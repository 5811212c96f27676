export { searchRoutes } from './search.routes.ts';
export { createSearchService } from './search.service.ts';
export { matches, opaqueQuery, rank, rowsOf, typedText } from './search.sql.ts';
