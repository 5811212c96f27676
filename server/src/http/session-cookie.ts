import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';
import { publicOrigin } from './request-context.ts';

export const SESSION_COOKIE = 'pn_session';

export function readSessionToken(req: Request): string | undefined {
  const header = req.get('cookie');
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicOrigin(req).startsWith('https:'),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicOrigin(req).startsWith('https:'),
    path: '/',
  });
}
