export { claimInvitations, findGroupById, findGroupWithCategory } from './groups.repo.ts';
export { groupsRoutes } from './groups.routes.ts';
export { createGroupsService } from './groups.service.ts';
