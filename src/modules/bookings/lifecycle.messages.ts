/**
 * The texts the lifecycle worker sends (through the outbox): the end-of-rental reminder, the overdue
 * notice and the failed hold renewal. Times are in the agency's time zone.
 */
import { formatMinor } from '../../lib/money.js';
import type { Agency } from '../agencies/agencies.service.js';
import { localTime } from './booking-messages.js';
import type { LiveBooking } from './lifecycle.repository.js';

export const REMINDER_KIND = 'booking_reminder';
export const OVERDUE_KIND = 'booking_overdue';
export const HOLD_RENEWAL_FAILED_KIND = 'booking_hold_renewal_failed';

export interface Text {
  subject: string;
  text: string;
}

function money(minor: number, currency: string): string {
  return `${formatMinor(minor, currency)} ${currency.toUpperCase()}`;
}

function car(b: LiveBooking): string {
  return `${b.vehicle.brand} ${b.vehicle.model} (${b.vehicle.plateNumber})`;
}

function contact(agency: Agency): string {
  const ways = [agency.supportPhone, agency.supportEmail].filter((w): w is string => Boolean(w));
  return ways.length > 0 ? `contact ${agency.name} (${ways.join(', ')})` : `contact ${agency.name}`;
}

export function reminderEmail(agency: Agency, b: LiveBooking): Text {
  const end = localTime(b.booking.endAt, agency.timezone);
  return {
    subject: `${agency.name}: your rental ${b.booking.reference} ends at ${end}`,
    text:
      `Hello ${b.client.name},\n\nYour rental of the ${car(b)} (booking ${b.booking.reference}) ends at ${end}.\n` +
      'Please return the car on time and end the rental in the app. Need more time? Request an extension in ' +
      'the app before the end.\n',
  };
}

export function reminderSms(agency: Agency, b: LiveBooking): string {
  const end = localTime(b.booking.endAt, agency.timezone);
  return `${agency.name}: your rental ${b.booking.reference} ends at ${end}. Need more time? Extend it in the app.`;
}

export function overdueEmail(agency: Agency, b: LiveBooking, perHourMinor: number): Text {
  const end = localTime(b.booking.endAt, agency.timezone);
  const rate = money(perHourMinor, b.booking.currency);
  return {
    subject: `${agency.name}: your rental ${b.booking.reference} is overdue`,
    text:
      `Hello ${b.client.name},\n\nYour rental of the ${car(b)} (booking ${b.booking.reference}) was due back at ` +
      `${end}.\nA late fee of ${rate} applies for every started hour past the end until the car is returned.\n` +
      `Please return the car and end the rental in the app, or ${contact(agency)}.\n`,
  };
}

export function overdueSms(agency: Agency, b: LiveBooking, perHourMinor: number): string {
  const rate = money(perHourMinor, b.booking.currency);
  return (
    `${agency.name}: your rental ${b.booking.reference} is overdue. A late fee of ${rate} per started hour ` +
    'applies until the car is returned.'
  );
}

export function holdRenewalFailedEmail(
  agency: Agency,
  b: LiveBooking,
  card: { brand: string; lastFour: string } | undefined,
): Text {
  const start = localTime(b.booking.startAt, agency.timezone);
  const which = card ? `your ${card.brand} card ending ${card.lastFour}` : 'your card';
  return {
    subject: `${agency.name}: action needed for booking ${b.booking.reference}`,
    text:
      `Hello ${b.client.name},\n\nThe payment hold for your booking ${b.booking.reference} (${car(b)}, from ` +
      `${start}) must be renewed, and ${which} declined the renewal.\nYour booking is unchanged and we will try ` +
      `again. Please make sure the card can cover the hold, or ${contact(agency)}.\n`,
  };
}

export function holdRenewalFailedSms(agency: Agency, b: LiveBooking): string {
  return (
    `${agency.name}: your card declined the renewal of the payment hold for booking ${b.booking.reference}. ` +
    'Your booking is unchanged; please check your card. We will try again.'
  );
}
