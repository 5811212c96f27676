export { flagsRoutes } from './flags.routes.ts';
export { createFlagsService } from './flags.service.ts';
export type { FlagsService } from './flags.service.ts';
