import type { Queryable } from '../../db/client.js';
import { formatMinor } from '../../lib/money.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { Notifier } from '../notifications/notifier.js';
import type { BookingNotice } from './bookings.repository.js';

/**
 * The booking messages (email and SMS through the outbox, in the transaction of the change they
 * announce): confirmation, cancellation, receipt.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
const parts: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** A date as the agency's clients read it (its time zone), e.g. "Jan 20, 2024, 10:00 AM UTC". */
export function localTime(d: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { ...parts, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...parts, timeZone: 'UTC' });
    }
    formats.set(timeZone, f);
  }
  return f.format(d);
}

function money(minor: number, currency: string): string {
  return `${formatMinor(minor, currency)} ${currency}`;
}

function car(n: BookingNotice): string {
  return `${n.vehicle.brand} ${n.vehicle.model} (${n.vehicle.plateNumber})`;
}

export async function sendConfirmation(tx: Queryable, notifier: Notifier, agency: Agency, n: BookingNotice) {
  const b = n.booking;
  const start = localTime(b.startAt, agency.timezone);
  const end = localTime(b.endAt, agency.timezone);
  const total = b.subtotalMinor + b.taxMinor;
  await notifier.email(tx, {
    agencyId: agency.id,
    kind: 'booking_confirmed',
    to: n.client.email,
    fromName: agency.name,
    subject: `Booking confirmed: ${b.reference}`,
    text:
      `Hello ${n.client.name},\n\nYour booking ${b.reference} is confirmed.\n\n` +
      `Vehicle: ${car(n)}\nPick-up: ${n.pickup.name}, ${n.pickup.address}\nFrom: ${start}\nUntil: ${end}\n\n` +
      `Price: ${money(b.subtotalMinor, b.currency)} + tax ${money(b.taxMinor, b.currency)} = ${money(total, b.currency)}\n` +
      (b.depositMinor > 0 ? `Deposit held: ${money(b.depositMinor, b.currency)}\n` : '') +
      `The amount is held on your card and charged when you return the car.\n\n${agency.name}\n`,
  });
  await notifier.sms(tx, {
    agencyId: agency.id,
    kind: 'booking_confirmed',
    to: n.client.phone,
    text: `${agency.name}: booking ${b.reference} confirmed. ${n.vehicle.brand} ${n.vehicle.model}, ${start} at ${n.pickup.name}.`,
  });
}

export async function sendCancellation(tx: Queryable, notifier: Notifier, agency: Agency, n: BookingNotice) {
  const b = n.booking;
  const fee = b.cancellationFeeMinor ?? 0;
  await notifier.email(tx, {
    agencyId: agency.id,
    kind: 'booking_cancelled',
    to: n.client.email,
    fromName: agency.name,
    subject: `Booking cancelled: ${b.reference}`,
    text:
      `Hello ${n.client.name},\n\nYour booking ${b.reference} (${car(n)}, ${localTime(b.startAt, agency.timezone)}) ` +
      `has been cancelled.\n\n` +
      (fee > 0 ? `Late cancellation fee: ${money(fee, b.currency)}\n` : 'No cancellation fee applies.\n') +
      `Refund: ${money(b.refundMinor ?? 0, b.currency)} to your original payment method.\n\n${agency.name}\n`,
  });
}

/**
 * What became of the deposit. The hold (price plus deposit) pays the price and the late fee, so a late
 * fee is taken from the deposit first; only what is left of it is released.
 */
function depositLine(b: BookingNotice['booking']): string {
  if (b.depositMinor <= 0) return '';
  const used = Math.min(b.lateFeeMinor, b.depositMinor);
  const deposit = money(b.depositMinor, b.currency);
  if (used === 0) return `Your deposit of ${deposit} is released.\n`;
  if (used === b.depositMinor) return `Your deposit of ${deposit} went towards the late return fee.\n`;
  return (
    `${money(used, b.currency)} of your deposit of ${deposit} went towards the late return fee; ` +
    `the remaining ${money(b.depositMinor - used, b.currency)} is released.\n`
  );
}

export async function sendReceipt(tx: Queryable, notifier: Notifier, agency: Agency, n: BookingNotice) {
  const b = n.booking;
  const total = b.subtotalMinor + b.taxMinor + b.lateFeeMinor;
  await notifier.email(tx, {
    agencyId: agency.id,
    kind: 'booking_receipt',
    to: n.client.email,
    fromName: agency.name,
    subject: `Your receipt for booking ${b.reference}`,
    text:
      `Hello ${n.client.name},\n\nThank you for driving with ${agency.name}.\n\n` +
      `Booking: ${b.reference}\nVehicle: ${car(n)}\n` +
      `Started: ${localTime(b.actualStart ?? b.startAt, agency.timezone)}\n` +
      `Returned: ${localTime(b.actualEnd ?? b.endAt, agency.timezone)}\n\n` +
      `Rental (${b.hours} h): ${money(b.subtotalMinor, b.currency)}\nTax: ${money(b.taxMinor, b.currency)}\n` +
      (b.lateFeeMinor > 0 ? `Late return fee: ${money(b.lateFeeMinor, b.currency)}\n` : '') +
      `Total: ${money(total, b.currency)}\n` +
      depositLine(b) +
      `\n${agency.name}\n`,
  });
}
