import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimited } from '../../lib/errors.ts';

export interface LoginLimits {
  loginFailuresPerAccount: number;
  loginFailuresPerIp: number;
  loginWindowSeconds: number;
}

/** Counts failed logins per account and per address; either running out blocks further tries. */
export function createLoginLimiter(limits: LoginLimits) {
  const byAccount = new RateLimiterMemory({ points: limits.loginFailuresPerAccount, duration: limits.loginWindowSeconds });
  const byIp = new RateLimiterMemory({ points: limits.loginFailuresPerIp, duration: limits.loginWindowSeconds });

  async function remaining(limiter: RateLimiterMemory, key: string) {
    const res = await limiter.get(key);
    return res ? { left: res.remainingPoints, retry: Math.ceil(res.msBeforeNext / 1000) } : { left: 1, retry: 0 };
  }

  return {
    async check(email: string, ip: string): Promise<void> {
      const [a, i] = await Promise.all([remaining(byAccount, email), remaining(byIp, ip)]);
      if (a.left <= 0 || i.left <= 0) throw RateLimited(Math.max(a.retry, i.retry, 1));
    },
    async fail(email: string, ip: string): Promise<void> {
      await Promise.all([byAccount.penalty(email, 1), byIp.penalty(ip, 1)]).catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      });
    },
    async succeed(email: string): Promise<void> {
      await byAccount.delete(email);
    },
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
