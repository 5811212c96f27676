import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import { INTERNAL_HEADERS, internalKey } from './request-context.ts';

export const WEB_BUILD = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

/** Header through which the SvelteKit server learns where to reach this API over loopback. */
export const API_ORIGIN_HEADER = 'x-praxisnetz-api';

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
    req.headers[API_ORIGIN_HEADER] = `http://${address}:${localPort}`;
    handler(req, res, next);
  };
}
