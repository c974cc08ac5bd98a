import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Cipher, parseAppKey, randomBase62, randomDigits, randomLowerAlnum, safeEqual } from '../../src/lib/crypto.js';
import { backoffSeconds } from '../../src/modules/notifications/outbox.worker.js';

describe('crypto helpers', () => {
  const cipher = new Cipher(randomBytes(32));

  it('encrypts with AES-GCM: round trip, fresh IV each time, tamper detected', () => {
    const a = cipher.encrypt('sk_live_secret');
    const b = cipher.encrypt('sk_live_secret');
    assert.notEqual(a, b);
    assert.ok(!a.includes('sk_live_secret'));
    assert.equal(cipher.decrypt(a), 'sk_live_secret');
    const parts = a.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    assert.throws(() => cipher.decrypt(parts.join('.')));
    assert.throws(() => new Cipher(randomBytes(32)).decrypt(a));
  });

  it('keys its MAC: same input, same output; another key, another output', () => {
    assert.equal(cipher.mac('123456'), cipher.mac('123456'));
    assert.notEqual(cipher.mac('123456'), new Cipher(randomBytes(32)).mac('123456'));
  });

  it('generates strings of the promised alphabets and lengths', () => {
    assert.match(randomBase62(40), /^[0-9A-Za-z]{40}$/);
    assert.match(randomDigits(6), /^\d{6}$/);
    assert.match(randomLowerAlnum(6), /^[0-9a-z]{6}$/);
    assert.notEqual(randomBase62(40), randomBase62(40));
  });

  it('compares safely, including different lengths', () => {
    assert.equal(safeEqual('abc', 'abc'), true);
    assert.equal(safeEqual('abc', 'abd'), false);
    assert.equal(safeEqual('abc', 'abcd'), false);
  });

  it('parses Laravel-style APP_KEYs and refuses wrong sizes', () => {
    const raw = randomBytes(32);
    assert.deepEqual(parseAppKey(`base64:${raw.toString('base64')}`), raw);
    assert.throws(() => parseAppKey(`base64:${randomBytes(16).toString('base64')}`), /32 bytes/);
  });

  it('backs off exponentially with a one-hour cap', () => {
    assert.deepEqual([1, 2, 3, 4].map(backoffSeconds), [5, 10, 20, 40]);
    assert.equal(backoffSeconds(30), 3600);
  });
});

describe('session cache', () => {
  it('does not store a row read before a drop, nor anything while disabled', async () => {
    const { SessionCache } = await import('../../src/modules/auth/session-cache.js');
    const cache = new SessionCache(60_000);
    const client = { id: 7 } as never;
    const fields = { agencyId: 1, tokenHash: 'h', client, lastUsedAt: null };
    // A read starts, a logout drops the token, then the read tries to store what it saw.
    const readAt = cache.generation();
    cache.dropToken(42);
    cache.set(42, fields, readAt);
    assert.equal(cache.get(42), undefined);
    // Without an intervening drop it is stored; dropping the client removes it.
    cache.set(42, fields, cache.generation());
    assert.ok(cache.get(42));
    cache.dropClient(7);
    assert.equal(cache.get(42), undefined);
    // While the change feed is down nothing is cached.
    cache.setEnabled(false);
    cache.set(42, fields, cache.generation());
    assert.equal(cache.get(42), undefined);
    cache.setEnabled(true);
    cache.set(42, fields, cache.generation());
    assert.ok(cache.get(42));
  });
});
