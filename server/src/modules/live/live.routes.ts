import { Router } from 'express';
import type { LiveService } from './live.service.ts';

export function liveRoutes(_live: LiveService): Router {
  return Router();
}
