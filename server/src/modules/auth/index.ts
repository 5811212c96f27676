export { authRoutes } from './auth.routes.ts';
export { createAuthService } from './auth.service.ts';
export { createLoginLimiter } from './login-limiter.ts';
export { createPasswordReset } from './password-reset.service.ts';
export type { PasswordReset } from './password-reset.service.ts';
export { deleteUserSessions } from './sessions.repo.ts';
export { createSessionStore, generateSessionToken } from './sessions.ts';
export type { SessionStore } from './sessions.ts';
