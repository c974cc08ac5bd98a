/**
 * Booking prices: pure functions over integer minor units (cents), so every amount is exact.
 * The rules (issue 4; decisions.md): billed hours are the duration rounded up to the hour; each full
 * 24 hours costs at most the daily rate, the hours after the last full day cost the hourly rate; tax
 * is the agency's `tax_rate` percent of the subtotal, rounded half-up to the currency's minor unit.
 */

const HOUR_MS = 3_600_000;

export interface Rates {
  hourlyMinor: number;
  dailyMinor: number;
}

export interface Price {
  hours: number;
  subtotalMinor: number;
  taxMinor: number;
  /** subtotal + tax (the deposit is held on top, never part of the price). */
  totalMinor: number;
}

/** Started hours between two instants (0 when end is not after start). */
export function billedHours(start: Date, end: Date): number {
  const ms = end.getTime() - start.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / HOUR_MS);
}

/** hours x hourly rate, each full 24 h capped at the daily rate. */
export function subtotalFor(hours: number, rates: Rates): number {
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  const perDay = Math.min(24 * rates.hourlyMinor, rates.dailyMinor);
  return days * perDay + rest * rates.hourlyMinor;
}

/**
 * `percent` of an amount, rounded half-up, in exact integer arithmetic (the percentage may carry up
 * to six decimals, e.g. 7.125).
 */
export function percentOf(amountMinor: number, percent: number): number {
  const scaledPercent = BigInt(Math.round(percent * 1_000_000)); // percent x 10^6
  const numerator = BigInt(amountMinor) * scaledPercent;
  const denominator = 100_000_000n; // 100 x 10^6
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

export function priceFor(hours: number, rates: Rates, taxRatePercent: number): Price {
  const subtotalMinor = subtotalFor(hours, rates);
  const taxMinor = percentOf(subtotalMinor, taxRatePercent);
  return { hours, subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
}

/** The price of a rental from start to end. */
export function quote(start: Date, end: Date, rates: Rates, taxRatePercent: number): Price {
  return priceFor(billedHours(start, end), rates, taxRatePercent);
}

/** An extension is charged at the hourly rate for its started hours (no daily cap), plus tax. */
export function extensionPrice(oldEnd: Date, newEnd: Date, hourlyMinor: number, taxRatePercent: number): Price {
  const hours = billedHours(oldEnd, newEnd);
  const subtotalMinor = hours * hourlyMinor;
  const taxMinor = percentOf(subtotalMinor, taxRatePercent);
  return { hours, subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
}

/** What a late cancellation keeps: `feePercent` of subtotal plus tax. */
export function lateCancellationFee(price: Pick<Price, 'subtotalMinor' | 'taxMinor'>, feePercent: number): number {
  return percentOf(price.subtotalMinor + price.taxMinor, feePercent);
}

/** Whether a cancellation at `now` is early enough to release the whole hold. */
export function isFreeCancellation(now: Date, start: Date, cancellationHours: number): boolean {
  return start.getTime() - now.getTime() >= cancellationHours * HOUR_MS;
}

/**
 * The late fee of an active booking at `at` (its return time, or now while it is still out): nothing
 * within the grace period; past it, every started hour after the end at `perHourMinor`.
 */
export function lateFee(end: Date, at: Date, perHourMinor: number, graceMinutes: number): number {
  const lateMs = at.getTime() - end.getTime();
  if (lateMs <= graceMinutes * 60_000) return 0;
  return Math.ceil(lateMs / HOUR_MS) * perHourMinor;
}

/** The agency's late fee per hour in minor units, or 1.5 x the hourly rate (rounded half-up). */
export function lateFeePerHour(hourlyMinor: number, configuredMinor: number | null): number {
  return configuredMinor ?? percentOf(hourlyMinor, 150);
}
