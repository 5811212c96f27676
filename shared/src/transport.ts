/** The session cookie that both the API and the web app read. */
export const SESSION_COOKIE = 'pn_session';

/**
 * Headers between the Express layer and the SvelteKit server in the same process. Express
 * overwrites them on every request it hands to SvelteKit; SvelteKit sends them back with its
 * loopback API calls, and the API trusts client address and origin only with the key.
 */
export const INTERNAL_HEADERS = {
  /** loopback origin of the API, e.g. http://127.0.0.1:3000 */
  apiOrigin: 'x-praxisnetz-api',
  /** per-process secret */
  key: 'x-praxisnetz-internal',
  clientIp: 'x-praxisnetz-client-ip',
  /** the origin the browser sees */
  origin: 'x-praxisnetz-origin',
} as const;
