import type { Request } from 'express';

/** The client's address, as Express works it out from TRUST_PROXY. */
export function clientIp(req: Request): string {
  return req.ip || 'unknown';
}

/** The origin the browser sees, e.g. https://praxisnetz.example. */
export function publicOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}
