import { hash as argonHash, verify as argonVerify, Algorithm } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';
import { randomBase62 } from './crypto.js';

export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  /** `rehash` is true when the stored hash is of an older scheme (bcrypt from a Laravel migration). */
  verify(stored: string, plain: string): Promise<{ ok: boolean; rehash: boolean }>;
  /** Burn the same time as a real check, for unknown accounts (no timing tell). */
  dummyVerify(plain: string): Promise<void>;
}

const ARGON_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export class Argon2Hasher implements PasswordHasher {
  private dummy: Promise<string> | undefined;

  hash(plain: string): Promise<string> {
    return argonHash(plain, ARGON_OPTIONS);
  }

  async verify(stored: string, plain: string): Promise<{ ok: boolean; rehash: boolean }> {
    if (/^\$2[aby]\$\d{2}\$/.test(stored)) {
      const ok = await bcrypt.compare(plain, stored.replace(/^\$2y\$/, '$2b$'));
      return { ok, rehash: ok };
    }
    if (!stored.startsWith('$argon2')) return { ok: false, rehash: false };
    try {
      return { ok: await argonVerify(stored, plain), rehash: false };
    } catch {
      return { ok: false, rehash: false };
    }
  }

  async dummyVerify(plain: string): Promise<void> {
    this.dummy ??= this.hash(randomBase62(32));
    await argonVerify(await this.dummy, plain).catch(() => false);
  }
}
