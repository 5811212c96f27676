export { projectsRoutes } from './projects.routes.ts';
export { createProjectsService } from './projects.service.ts';
export type { ProjectsService } from './projects.service.ts';
