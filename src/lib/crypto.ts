import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Uniformly random string over an alphabet (randomInt has no modulo bias). */
export function randomString(length: number, alphabet: string = BASE62): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const randomBase62 = (length: number): string => randomString(length, BASE62);
export const randomDigits = (length: number): string => randomString(length, '0123456789');
export const randomLowerAlnum = (length: number): string => randomString(length, LOWER_ALNUM);

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmacSha256Hex(key: string | Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/** Constant-time comparison of two strings; unequal lengths compare as unequal without early exit on content. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}

/** APP_KEY is Laravel-style: "base64:<32 bytes>" (a bare base64 string of 32 bytes is accepted too). */
export function parseAppKey(raw: string): Buffer {
  const b64 = raw.startsWith('base64:') ? raw.slice(7) : raw;
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error('APP_KEY must be 32 bytes encoded as base64 ("base64:...")');
  return key;
}

export function generateAppKey(): string {
  return `base64:${randomBytes(32).toString('base64')}`;
}

const FILE_MAGIC = Buffer.from('DKF1');

/** Secrets at rest (agency keys, queued message bodies): AES-256-GCM, "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export class Cipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly purposeKeys = new Map<string, Buffer>();
  constructor(appKey: Buffer) {
    // Separate subkeys per purpose, so the same APP_KEY never serves as both a cipher and a MAC key.
    this.encKey = createHmac('sha256', appKey).update('daakey:encrypt').digest();
    this.macKey = createHmac('sha256', appKey).update('daakey:mac').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unrecognised ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Files at rest (driver documents): "DKF1" + iv(12) + tag(16) + AES-256-GCM ciphertext. */
  encryptBytes(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([FILE_MAGIC, iv, cipher.getAuthTag(), body]);
  }

  decryptBytes(sealed: Buffer): Buffer {
    if (sealed.length < 32 || !sealed.subarray(0, 4).equals(FILE_MAGIC)) throw new Error('Unrecognised ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, sealed.subarray(4, 16));
    decipher.setAuthTag(sealed.subarray(16, 32));
    return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
  }

  /** Keyed hash for low-entropy secrets (6-character codes): a database dump alone cannot brute-force them. */
  mac(value: string): string {
    return hmacSha256Hex(this.macKey, value);
  }

  /** MAC under a subkey of its own per purpose (e.g. signed file links), never shared with mac(). */
  macFor(purpose: string, value: string): string {
    let key = this.purposeKeys.get(purpose);
    if (!key) {
      key = createHmac('sha256', this.macKey).update(purpose).digest();
      this.purposeKeys.set(purpose, key);
    }
    return hmacSha256Hex(key, value);
  }
}
