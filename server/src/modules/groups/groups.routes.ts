import { Router } from 'express';
import type { GroupsService } from './groups.service.ts';

export function groupsRoutes(_groups: GroupsService): Router {
  return Router();
}
