import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Counts failures per key in a fixed window (login throttling). Memory by default; Redis when configured, so limits hold across instances. */
export class AttemptLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    private readonly max: number,
    windowSeconds: number,
    redis?: Redis,
    keyPrefix = 'daakey:attempts',
  ) {
    this.limiter = redis
      ? new RateLimiterRedis({ storeClient: redis, points: max, duration: windowSeconds, keyPrefix })
      : new RateLimiterMemory({ points: max, duration: windowSeconds, keyPrefix });
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  async blockedFor(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    if (!res || res.consumedPoints < this.max) return 0;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  async fail(key: string): Promise<void> {
    await this.limiter.penalty(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
