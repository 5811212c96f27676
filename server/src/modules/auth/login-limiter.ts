import type { RateLimits } from '../../lib/rate-limits.ts';
import { hashedKey } from '../../lib/rate-limits.ts';

export interface LoginLimits {
  loginFailuresPerAccount: number;
  loginFailuresPerIp: number;
  loginWindowSeconds: number;
}

/**
 * Login tries per account and per address in a window, shared by all nodes. A try is reserved
 * before the (slow) password check; a successful login gives it back.
 */
export function createLoginLimiter({ budget }: RateLimits, limits: LoginLimits) {
  const byAccount = budget({ name: 'login-account', points: limits.loginFailuresPerAccount, durationSeconds: limits.loginWindowSeconds });
  const byIp = budget({ name: 'login-ip', points: limits.loginFailuresPerIp, durationSeconds: limits.loginWindowSeconds });
  return {
    async reserve(email: string, ip: string): Promise<void> {
      await byIp.take(ip);
      await byAccount.take(hashedKey(email));
    },
    async succeed(email: string, ip: string): Promise<void> {
      await Promise.all([byAccount.reset(hashedKey(email)), byIp.giveBack(ip)]);
    },
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
