import type { RequestHandler } from 'express';
import { AppError } from '../lib/errors.ts';
import { publicOrigin } from './request-context.ts';
import { readSessionToken } from './session-cookie.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isSafeMethod = (method: string) => SAFE.has(method);

/**
 * Cookie-authenticated writes must come from our own pages: browsers send Origin on every
 * non-GET request, so a missing or foreign Origin is refused. (Form actions are checked by
 * SvelteKit's own origin check and call the services in-process.)
 */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (isSafeMethod(req.method) || !readSessionToken(req.get('cookie')) ) return next();
  const origin = req.get('origin');
  if (origin && origin === publicOrigin(req)) return next();
  next(new AppError(403, 'csrf_rejected', 'Cross-site request refused.'));
};
