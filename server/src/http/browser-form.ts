import type { Request, Response } from 'express';
import { AppError } from '../lib/errors.ts';
import { publicOrigin } from './request-context.ts';

/**
 * File uploads from the pages post straight to the API (SvelteKit would buffer the file): a
 * browser's navigation asks for HTML and gets redirects, everything else JSON.
 */
export const wantsJson = (req: Request) => (req.get('accept') ?? '').includes('application/json') || !(req.get('accept') ?? '').includes('text/html');

/** Only paths on this site: "/x", never "//host" or "https://…". */
export const safeReturnPath = (value: unknown) => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : undefined);

export function withParams(path: string, params: [string, string][]) {
  const url = new URL(path, 'http://local');
  for (const [k, v] of params) url.searchParams.append(k, v);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A browser form's refusal: back to the page it came from (or `fallback`) with the error's code,
 * the fields it names and `echo` (what was entered), so the page can say what to fix.
 */
export function redirectBack(req: Request, res: Response, err: unknown, fallback: string, echo: [string, string][] = []): void {
  if (!(err instanceof AppError) || err.status >= 500) throw err;
  const referer = req.get('referer');
  const back = referer?.startsWith(`${publicOrigin(req)}/`) ? new URL(referer).pathname : fallback;
  const params: [string, string][] = [['error', err.code]];
  if (err.fields) params.push(['invalid', Object.keys(err.fields).join(',')]);
  params.push(...echo.filter(([, v]) => v).map(([k, v]) => [k, v.slice(0, 2000)] as [string, string]));
  res.redirect(303, withParams(back, params));
}
