import { SESSION_COOKIE } from '@praxisnetz/shared';
import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';
import { publicOrigin } from './request-context.ts';

/** The session token from a Cookie header, for HTTP requests and Socket.IO handshakes alike. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}

/** The session cookie's Set-Cookie header: HttpOnly, SameSite=Lax, Secure over https. */
export function sessionCookieHeader(req: Request, token: string, expiresAt: Date): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'lax',
    secure: publicOrigin(req).startsWith('https:'),
    path: '/',
    expires: expiresAt,
  });
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.append('Set-Cookie', sessionCookieHeader(req, token, expiresAt));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', sessionCookieHeader(req, '', new Date(0)));
}
