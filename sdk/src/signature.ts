/**
 * The X-Agency-Signature header, computed with WebCrypto (`crypto.subtle`) so that it runs unchanged in
 * browsers, React Native (with a WebCrypto implementation installed), Deno, Bun and Node.js 20+:
 *
 *   <payload>.<mac>
 *   payload = base64url, no padding, of the JSON {"agency_code":"DAAKEY01","timestamp":1732233600}
 *   mac     = lowercase hex HMAC-SHA256 of the payload text, keyed with the agency's secret key.
 *
 * The server accepts a signature for AGENCY_SIGNATURE_MAX_AGE seconds (default 300) around its own clock,
 * so a fresh one is made for every request.
 */

const encoder = new TextEncoder();
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (btoa is missing on some JavaScript engines, and is latin-1 only). */
function base64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]!;
  }
  return out;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function subtle() {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new Error(
      '@daakey/sdk needs WebCrypto (globalThis.crypto.subtle): available in browsers, Node.js 20+, Deno and Bun; ' +
        'on React Native install a WebCrypto implementation (e.g. react-native-quick-crypto) first.',
    );
  }
  return s;
}

/** An HMAC-SHA256 key for a secret, imported once and reused for every request. */
export async function hmacKey(secretKey: string) {
  return subtle().importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

type HmacKey = Awaited<ReturnType<typeof hmacKey>>;

/**
 * The X-Agency-Signature value for `agencyCode` at `now` (a Date, or unix seconds; default: this device's
 * clock). `secretKey` is the agency's secret key, or a key made once with hmacKey(secretKey).
 */
export async function signAgencyRequest(
  agencyCode: string,
  secretKey: string | HmacKey,
  now: Date | number = new Date(),
): Promise<string> {
  const timestamp = typeof now === 'number' ? Math.floor(now) : Math.floor(now.getTime() / 1000);
  const payload = base64url(encoder.encode(JSON.stringify({ agency_code: agencyCode, timestamp })));
  const key = typeof secretKey === 'string' ? await hmacKey(secretKey) : secretKey;
  const mac = await subtle().sign('HMAC', key, encoder.encode(payload));
  return `${payload}.${hex(new Uint8Array(mac))}`;
}
