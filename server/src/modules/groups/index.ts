export { claimInvitations, findGroupById } from './groups.repo.ts';
export { groupsRoutes } from './groups.routes.ts';
export { createGroupsService } from './groups.service.ts';
