import { randomBytes, timingSafeEqual } from 'node:crypto';
import { INTERNAL_HEADERS } from '@praxisnetz/shared';
import type { Request } from 'express';

// The SvelteKit server calls this API over loopback. Its requests carry the per-process key, and with
// it the browser's address and the public origin, which the API then trusts in place of the loopback ones.

export const internalKey = randomBytes(24).toString('base64url');
const keyBuffer = Buffer.from(internalKey);

export function isInternal(req: Request): boolean {
  const given = req.get(INTERNAL_HEADERS.key);
  if (!given) return false;
  const buf = Buffer.from(given);
  return buf.length === keyBuffer.length && timingSafeEqual(buf, keyBuffer);
}

export function clientIp(req: Request): string {
  return (isInternal(req) && req.get(INTERNAL_HEADERS.clientIp)) || req.ip || 'unknown';
}

/** The origin the browser sees, e.g. https://praxisnetz.example. */
export function publicOrigin(req: Request): string {
  return (isInternal(req) && req.get(INTERNAL_HEADERS.origin)) || `${req.protocol}://${req.get('host')}`;
}
