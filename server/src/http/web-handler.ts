import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import { INTERNAL_HEADERS } from '@praxisnetz/shared';
import { internalKey } from './request-context.ts';

const WEB_BUILD = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

/**
 * Mounts the built SvelteKit app. Express has already worked out protocol, host and client
 * address (honouring TRUST_PROXY); we hand them to SvelteKit in headers we overwrite, so a
 * client cannot forge them.
 */
export async function loadWebHandler(): Promise<RequestHandler | undefined> {
  if (!existsSync(WEB_BUILD)) return undefined;
  // adapter-node reads these names from the environment when its handler is imported.
  process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  process.env.HOST_HEADER = 'x-forwarded-host';
  const { handler } = (await import(WEB_BUILD)) as { handler: RequestHandler };
  return (req, res, next) => {
    const { localAddress, localPort } = req.socket;
    const address = localAddress?.includes(':') ? `[${localAddress}]` : localAddress;
    req.headers['x-forwarded-proto'] = req.protocol;
    req.headers['x-forwarded-host'] = req.host;
    req.headers[INTERNAL_HEADERS.clientIp] = req.ip ?? '';
    req.headers[INTERNAL_HEADERS.key] = internalKey;
    req.headers[INTERNAL_HEADERS.apiOrigin] = `http://${address}:${localPort}`;
    handler(req, res, next);
  };
}
