import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import type { Services } from '../services.ts';
import { attachPageContext } from './page-context.ts';

const WEB_BUILD = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

/**
 * Mounts the built SvelteKit app behind the session middleware. Express has already worked out
 * protocol, host and client address (honouring TRUST_PROXY); we hand them to SvelteKit in headers
 * we overwrite, so a client cannot forge them, and the page context (actor and services) on the
 * request itself.
 */
export async function loadWebHandler(): Promise<((services: Services) => RequestHandler) | undefined> {
  if (!existsSync(WEB_BUILD)) return undefined;
  // adapter-node reads these names from the environment when its handler is imported.
  process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  process.env.HOST_HEADER = 'x-forwarded-host';
  process.env.ADDRESS_HEADER = 'x-praxisnetz-client-ip';
  const { handler } = (await import(WEB_BUILD)) as { handler: RequestHandler };
  return (services) => (req, res, next) => {
    req.headers['x-forwarded-proto'] = req.protocol;
    req.headers['x-forwarded-host'] = req.host;
    req.headers['x-praxisnetz-client-ip'] = req.ip ?? '';
    attachPageContext(req, res, services);
    handler(req, res, next);
  };
}
