/**
 * Money is integer minor units (cents) in code and in the database; never a binary float. Decimal
 * amounts appear only at the edges (JSON, config), converted here exactly.
 */

const exponents = new Map<string, number>();

/** Digits after the decimal point for an ISO 4217 currency (USD 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  let e = exponents.get(code);
  if (e === undefined) {
    try {
      e = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    } catch {
      e = 2;
    }
    exponents.set(code, e ?? 2);
  }
  return e ?? 2;
}

/** "12.34" or 12.34 in USD -> 1234. Rejects more decimals than the currency has. */
export function toMinor(amount: string | number, currency: string): number {
  const exp = currencyExponent(currency);
  const text = typeof amount === 'number' ? amount.toFixed(exp) : amount.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  const frac = m[3] ?? '';
  if (frac.length > exp && /[1-9]/.test(frac.slice(exp))) throw new Error(`too many decimals for ${currency}: ${text}`);
  const minor = Number(m[2]) * 10 ** exp + Number((frac + '0'.repeat(exp)).slice(0, exp) || '0');
  if (!Number.isSafeInteger(minor)) throw new Error(`amount out of range: ${text}`);
  return m[1] ? -minor : minor;
}

/** 1234 -> 12.34 (the JSON number for a USD amount). Exact for any amount below 2^53 minor units. */
export function fromMinor(minor: number, currency: string): number {
  return Number(formatMinor(minor, currency));
}

/** 1234 -> "12.34": always the currency's number of decimals. */
export function formatMinor(minor: number, currency: string): string {
  const exp = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  return exp === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
}
