import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Counts attempts per key in a fixed window (login throttling). Memory by default; Redis when
 * configured, so limits hold across instances, with an in-memory stand-in while Redis is down.
 */
export class AttemptLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(max: number, windowSeconds: number, redis?: Redis, keyPrefix = 'daakey:attempts') {
    const memory = new RateLimiterMemory({ points: max, duration: windowSeconds, keyPrefix });
    this.limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points: max,
          duration: windowSeconds,
          keyPrefix,
          insuranceLimiter: memory,
        })
      : memory;
  }

  /**
   * Count an attempt before it is made, atomically, so concurrent attempts cannot slip past the
   * limit. Returns 0 when the attempt may go ahead, else the seconds to wait.
   */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key, 1);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }

  /** Seconds until the key may try again, or 0 (without counting an attempt). */
  async blockedFor(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    if (!res || res.remainingPoints > 0) return 0;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  /** Give back the attempt counted by take() (it succeeded), leaving parallel failures counted. */
  async refund(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }
}
