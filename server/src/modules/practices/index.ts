export { practicesRoutes } from './practices.routes.ts';
export { createPracticesService } from './practices.service.ts';
export type { PracticesService } from './practices.service.ts';
