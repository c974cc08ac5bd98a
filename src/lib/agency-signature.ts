import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The X-Agency-Signature scheme (ours; the published page that defined it is lost):
 *   <payload>.<mac>
 *   payload = base64url, no padding, of the JSON {"agency_code":"DAAKEY01","timestamp":1732233600}
 *   mac     = lowercase hex HMAC-SHA256 of the payload text, keyed with the agency's secret key.
 * This module has no dependencies so that app developers can copy or import it as it is.
 */
export interface SignaturePayload {
  agency_code: string;
  timestamp: number;
}

export type SignatureParse =
  { ok: true; payload: SignaturePayload; encodedPayload: string; mac: string } | { ok: false };

/** Build a header value for `code` signed with `secret` at `now` (a Date or unix seconds; default: the current time). */
export function signAgencyRequest(code: string, secret: string, now: Date | number = new Date()): string {
  const timestamp = typeof now === 'number' ? Math.floor(now) : Math.floor(now.getTime() / 1000);
  const encodedPayload = Buffer.from(JSON.stringify({ agency_code: code, timestamp })).toString('base64url');
  return `${encodedPayload}.${macOf(encodedPayload, secret)}`;
}

export function macOf(encodedPayload: string, secret: string): string {
  return createHmac('sha256', secret).update(encodedPayload).digest('hex');
}

/** Agency codes: 2-64 upper-case letters, digits, "-" and "_" (the one definition, also used at creation). */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,63}$/;

const B64URL = /^[A-Za-z0-9_-]+$/;
const HEX64 = /^[0-9a-f]{64}$/;

export function parseAgencySignature(header: string): SignatureParse {
  if (header.length > 1024) return { ok: false };
  const dot = header.indexOf('.');
  if (dot <= 0 || dot !== header.lastIndexOf('.')) return { ok: false };
  const encodedPayload = header.slice(0, dot);
  const mac = header.slice(dot + 1);
  if (!B64URL.test(encodedPayload) || !HEX64.test(mac)) return { ok: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false };
  const { agency_code, timestamp } = parsed as Record<string, unknown>;
  if (typeof agency_code !== 'string' || !AGENCY_CODE_PATTERN.test(agency_code)) return { ok: false };
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp)) return { ok: false };
  return { ok: true, payload: { agency_code, timestamp }, encodedPayload, mac };
}

/** Constant-time check of a parsed signature's MAC against the agency's secret. */
export function macMatches(encodedPayload: string, mac: string, secret: string): boolean {
  const expected = Buffer.from(macOf(encodedPayload, secret), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
