/** The booking price rules (src/modules/bookings/pricing.ts): pure functions over minor units. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromMinor, toMinor } from '../../src/lib/money.js';
import {
  billedHours,
  extensionPrice,
  isFreeCancellation,
  lateCancellationFee,
  lateFee,
  lateFeePerHour,
  percentOf,
  priceFor,
  quote,
  subtotalFor,
} from '../../src/modules/bookings/pricing.js';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const corolla = { hourlyMinor: 1500, dailyMinor: 8000 };

describe('pricing: the documented examples', () => {
  it('8 h x 15.00 = 120.00, tax 12.00 (booking details example)', () => {
    const p = quote(
      at('2024-01-15T10:00:00Z'),
      at('2024-01-15T18:00:00Z'),
      { hourlyMinor: 1500, dailyMinor: 100_000 },
      10,
    );
    assert.deepEqual(p, { hours: 8, subtotalMinor: 12000, taxMinor: 1200, totalMinor: 13200 });
    assert.equal(fromMinor(p.subtotalMinor, 'USD'), 120);
    assert.equal(fromMinor(p.taxMinor, 'USD'), 12);
  });

  it('extension 4 h x 15.00 = 60.00, tax 6.00, total 66.00 (extension example)', () => {
    const p = extensionPrice(at('2024-01-15T18:00:00Z'), at('2024-01-15T22:00:00Z'), 1500, 10);
    assert.deepEqual(p, { hours: 4, subtotalMinor: 6000, taxMinor: 600, totalMinor: 6600 });
    assert.deepEqual(
      [fromMinor(p.subtotalMinor, 'USD'), fromMinor(p.taxMinor, 'USD'), fromMinor(p.totalMinor, 'USD')],
      [60, 6, 66],
    );
  });

  it('64.00 -> tax 6.40 -> 70.40 (list example)', () => {
    const p = priceFor(4, { hourlyMinor: 1600, dailyMinor: 100_000 }, 10);
    assert.deepEqual(p, { hours: 4, subtotalMinor: 6400, taxMinor: 640, totalMinor: 7040 });
    assert.equal(fromMinor(p.totalMinor, 'USD'), 70.4);
  });

  it('dashboard example: 120 + 12 + deposit 200 = 332 held', () => {
    const p = priceFor(8, { hourlyMinor: 1500, dailyMinor: 100_000 }, 10);
    assert.equal(p.totalMinor + toMinor(200, 'USD'), 33200);
  });
});

describe('pricing: billed hours', () => {
  it('rounds every started hour up', () => {
    const start = at('2026-03-01T10:00:00Z');
    assert.equal(billedHours(start, new Date(start.getTime() + 1)), 1);
    assert.equal(billedHours(start, new Date(start.getTime() + 60 * 60_000)), 1);
    assert.equal(billedHours(start, new Date(start.getTime() + 61 * 60_000)), 2);
    assert.equal(billedHours(start, new Date(start.getTime() + 8 * H - 1000)), 8);
    assert.equal(billedHours(start, new Date(start.getTime() + 8 * H + 1000)), 9);
  });

  it('is zero when the end is not after the start', () => {
    const start = at('2026-03-01T10:00:00Z');
    assert.equal(billedHours(start, start), 0);
    assert.equal(billedHours(start, new Date(start.getTime() - H)), 0);
  });

  it('quote() bills 1 h 30 min as 2 hours', () => {
    const p = quote(at('2026-03-01T10:00:00Z'), at('2026-03-01T11:30:00Z'), corolla, 10);
    assert.deepEqual(p, { hours: 2, subtotalMinor: 3000, taxMinor: 300, totalMinor: 3300 });
  });
});

describe('pricing: the daily cap', () => {
  it('caps each full 24 h at the daily rate, the rest at the hourly rate', () => {
    // 24 h x 15.00 = 360.00 > 80.00 per day.
    assert.equal(subtotalFor(24, corolla), 8000);
    assert.equal(subtotalFor(26, corolla), 8000 + 2 * 1500);
    assert.equal(subtotalFor(48, corolla), 16000);
    assert.equal(subtotalFor(72 + 5, corolla), 3 * 8000 + 5 * 1500);
  });

  it('leaves hours before a full day at the hourly rate, even above the daily rate', () => {
    assert.equal(subtotalFor(23, corolla), 23 * 1500);
  });

  it('never charges a day more than 24 hourly rates (a daily rate above that is no cap)', () => {
    assert.equal(subtotalFor(24, { hourlyMinor: 100, dailyMinor: 5000 }), 2400);
  });

  it('quote() over 2 days and 3 hours', () => {
    const p = quote(at('2026-03-01T10:00:00Z'), at('2026-03-03T12:10:00Z'), corolla, 10);
    assert.deepEqual(p, { hours: 51, subtotalMinor: 2 * 8000 + 3 * 1500, taxMinor: 2050, totalMinor: 22550 });
  });

  it('an extension is charged at the hourly rate, without the daily cap', () => {
    const p = extensionPrice(at('2026-03-01T10:00:00Z'), at('2026-03-02T10:00:00Z'), 1500, 10);
    assert.equal(p.subtotalMinor, 24 * 1500);
  });
});

describe('pricing: tax rounding', () => {
  it('rounds half up to the cent', () => {
    assert.equal(percentOf(5, 10), 1); // 0.5 -> 1
    assert.equal(percentOf(4, 10), 0); // 0.4 -> 0
    assert.equal(percentOf(15, 10), 2); // 1.5 -> 2
    assert.equal(percentOf(1234, 10), 123); // 123.4
    assert.equal(percentOf(1235, 10), 124); // 123.5
  });

  it('takes fractional rates exactly (7.125% of 10.00 = 0.7125 -> 0.71)', () => {
    assert.equal(percentOf(1000, 7.125), 71);
    assert.equal(percentOf(2000, 7.125), 143); // 142.5 -> 143
  });

  it('priceFor() with a 0% and a 20% tax', () => {
    assert.equal(priceFor(3, corolla, 0).taxMinor, 0);
    assert.equal(priceFor(3, corolla, 20).taxMinor, 900);
  });

  it('quote() of 1 h at 9.99 with 10% tax: 0.999 -> 1.00', () => {
    const p = quote(
      at('2026-03-01T10:00:00Z'),
      at('2026-03-01T11:00:00Z'),
      { hourlyMinor: 999, dailyMinor: 20_000 },
      10,
    );
    assert.deepEqual(p, { hours: 1, subtotalMinor: 999, taxMinor: 100, totalMinor: 1099 });
  });
});

describe('pricing: cancellation', () => {
  const start = at('2026-03-10T10:00:00Z');

  it('is free at least cancellation_hours before the start, not a second later', () => {
    assert.equal(isFreeCancellation(new Date(start.getTime() - 24 * H), start, 24), true);
    assert.equal(isFreeCancellation(new Date(start.getTime() - 48 * H), start, 24), true);
    assert.equal(isFreeCancellation(new Date(start.getTime() - 24 * H + 1000), start, 24), false);
    assert.equal(isFreeCancellation(start, start, 0), true);
  });

  it('keeps late_cancellation_fee_percent of subtotal plus tax, rounded half up', () => {
    assert.equal(lateCancellationFee({ subtotalMinor: 6400, taxMinor: 640 }, 50), 3520); // 70.40 -> 35.20
    assert.equal(lateCancellationFee({ subtotalMinor: 12000, taxMinor: 1200 }, 50), 6600);
    assert.equal(lateCancellationFee({ subtotalMinor: 999, taxMinor: 100 }, 50), 550); // 5.495 -> 5.50
    assert.equal(lateCancellationFee({ subtotalMinor: 12000, taxMinor: 1200 }, 0), 0);
    assert.equal(lateCancellationFee({ subtotalMinor: 12000, taxMinor: 1200 }, 100), 13200);
  });
});

describe('pricing: late fee', () => {
  const end = at('2026-03-10T18:00:00Z');

  it('is nothing within the grace period', () => {
    assert.equal(lateFee(end, end, 2250, 15), 0);
    assert.equal(lateFee(end, new Date(end.getTime() + 15 * 60_000), 2250, 15), 0);
    assert.equal(lateFee(end, new Date(end.getTime() - H), 2250, 15), 0);
  });

  it('past the grace, charges every started hour after the end', () => {
    assert.equal(lateFee(end, new Date(end.getTime() + 16 * 60_000), 2250, 15), 2250);
    assert.equal(lateFee(end, new Date(end.getTime() + 60 * 60_000), 2250, 15), 2250);
    assert.equal(lateFee(end, new Date(end.getTime() + 61 * 60_000), 2250, 15), 4500);
    assert.equal(lateFee(end, new Date(end.getTime() + 1000), 2250, 0), 2250);
  });

  it('defaults to 1.5 x the hourly rate, rounded half up; a configured rate wins', () => {
    assert.equal(lateFeePerHour(1500, null), 2250);
    assert.equal(lateFeePerHour(999, null), 1499); // 1498.5 -> 1499
    assert.equal(lateFeePerHour(1500, 3000), 3000);
    assert.equal(lateFeePerHour(1500, 0), 0);
  });
});
