import { z } from 'zod';
import type { BookingExtensionRow, BookingRow, BookingStatus } from '../../db/schema.js';
import { isoSeconds } from '../../lib/clock.js';
import { fromMinor } from '../../lib/money.js';
import type { BookingDetail, ListedBooking } from './bookings.repository.js';
import { cancelRefusal, extensionRefusal } from './bookings.service.js';

/** What a client sees of a booking (the JSON shapes of the bookings endpoints). */

const SHOWN_STATUSES = ['upcoming', 'active', 'completed', 'cancelled'] as const;
type ShownStatus = (typeof SHOWN_STATUSES)[number];

/** Pending bookings are never read for the client (every query excludes them). */
function shown(status: BookingStatus): ShownStatus {
  return status === 'pending' ? 'upcoming' : status;
}

const amount = () => z.number().describe("In the agency's currency (2 decimals for USD)");
const datetime = () => z.string().describe('ISO-8601 UTC');

export const bookingListItemSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('BK-YYYY-NNNNN'),
  status: z.enum(SHOWN_STATUSES),
  start_date: datetime(),
  end_date: datetime(),
  vehicle: z.object({
    id: z.number().int(),
    plate_number: z.string(),
    brand: z.string(),
    model: z.string(),
    image: z.string().nullable(),
  }),
  pickup_location: z.object({ name: z.string(), address: z.string() }),
  pricing: z.object({
    subtotal: amount(),
    tax: amount(),
    total: amount().describe('subtotal + tax (+ late fee); the deposit is held on top, never part of it'),
    currency: z.string(),
  }),
  is_overdue: z.boolean().describe('Active and past its end date'),
  created_at: datetime(),
});

const stationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
});

export const bookingSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('BK-YYYY-NNNNN'),
  status: z.enum(SHOWN_STATUSES),
  start_date: datetime(),
  end_date: datetime(),
  actual_start: datetime().nullable(),
  actual_end: datetime().nullable(),
  vehicle: z.object({
    id: z.number().int(),
    plate_number: z.string(),
    brand: z.string(),
    model: z.string(),
    year: z.number().int(),
    color: z.string(),
    category: z.string(),
    image: z.string().nullable(),
    features: z.array(z.string()),
  }),
  pickup_station: stationSchema,
  dropoff_station: stationSchema,
  pricing: z.object({
    hourly_rate: amount(),
    hours: z.number().int().describe('Billed hours (started hours), extensions included'),
    subtotal: amount(),
    tax: amount(),
    deposit: amount().describe('Held with the price and released at the return'),
    late_fee: amount(),
    total: amount().describe('subtotal + tax + late_fee'),
    currency: z.string(),
  }),
  payment: z.object({
    status: z.enum(['pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'released', 'unpaid']),
    method: z.string().nullable().describe('e.g. "Visa •••• 4242"; null once the card was removed'),
    transactions: z.array(
      z.object({
        type: z.enum(['authorization', 'capture', 'release', 'refund']),
        amount: amount(),
        status: z.enum(['pending', 'succeeded', 'failed']),
      }),
    ),
  }),
  can_cancel: z.boolean(),
  can_extend: z.boolean(),
  is_overdue: z.boolean(),
  cancellation: z
    .object({
      cancelled_at: datetime(),
      reason: z.string().nullable(),
      fee: amount(),
      refund: amount(),
    })
    .nullable(),
  created_at: datetime(),
});

export const cancellationSchema = z.object({
  id: z.number().int(),
  status: z.literal('cancelled'),
  cancelled_at: datetime(),
  cancellation_reason: z.string().nullable(),
  refund: z.object({
    amount: amount().describe('What is given back: the total, less the late cancellation fee'),
    status: z.literal('processing'),
    method: z.literal('Original payment method'),
  }),
});

export const extensionSchema = z.object({
  id: z.number().int().describe('The booking id'),
  original_end_date: datetime(),
  new_end_date: datetime(),
  extension_hours: z.number().int(),
  additional_cost: z.object({ subtotal: amount(), tax: amount(), total: amount(), currency: z.string() }),
});

const BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

export function cardLabel(card: { brand: string; lastFour: string }): string {
  const brand = BRANDS[card.brand] ?? card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
  return `${brand} •••• ${card.lastFour}`;
}

export function isOverdue(b: Pick<BookingRow, 'status' | 'endAt'>, now: Date): boolean {
  return b.status === 'active' && now.getTime() > b.endAt.getTime();
}

type Priced = Pick<BookingRow, 'subtotalMinor' | 'taxMinor' | 'lateFeeMinor'>;

/** What the booking costs the client: subtotal, tax and any late fee (not the deposit). */
export function totalMinor(b: Priced): number {
  return b.subtotalMinor + b.taxMinor + b.lateFeeMinor;
}

export function toListItem(row: ListedBooking, now: Date): z.infer<typeof bookingListItemSchema> {
  const b = row.booking;
  return {
    id: b.id,
    reference: b.reference,
    status: shown(b.status),
    start_date: isoSeconds(b.startAt)!,
    end_date: isoSeconds(b.endAt)!,
    vehicle: {
      id: row.vehicle.id,
      plate_number: row.vehicle.plateNumber,
      brand: row.vehicle.brand,
      model: row.vehicle.model,
      image: row.vehicle.images[0] ?? null,
    },
    pickup_location: { name: row.pickup.name, address: row.pickup.address },
    pricing: {
      subtotal: fromMinor(b.subtotalMinor, b.currency),
      tax: fromMinor(b.taxMinor, b.currency),
      total: fromMinor(totalMinor(b), b.currency),
      currency: b.currency,
    },
    is_overdue: isOverdue(b, now),
    created_at: isoSeconds(b.createdAt)!,
  };
}

/** `overdueGraceMinutes`: the agency's setting (an overdue booking can no longer be extended). */
export function toBooking(d: BookingDetail, now: Date, overdueGraceMinutes: number): z.infer<typeof bookingSchema> {
  const b = d.booking;
  const c = b.currency;
  const station = (s: BookingDetail['pickup']) => ({
    id: s.id,
    name: s.name,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
  });
  return {
    id: b.id,
    reference: b.reference,
    status: shown(b.status),
    start_date: isoSeconds(b.startAt)!,
    end_date: isoSeconds(b.endAt)!,
    actual_start: isoSeconds(b.actualStart),
    actual_end: isoSeconds(b.actualEnd),
    vehicle: {
      id: d.vehicle.id,
      plate_number: d.vehicle.plateNumber,
      brand: d.vehicle.brand,
      model: d.vehicle.model,
      year: d.vehicle.year,
      color: d.vehicle.color,
      category: d.vehicle.category,
      image: d.vehicle.images[0] ?? null,
      features: d.vehicle.features,
    },
    pickup_station: station(d.pickup),
    dropoff_station: station(d.dropoff),
    pricing: {
      hourly_rate: fromMinor(b.hourlyRateMinor, c),
      hours: b.hours,
      subtotal: fromMinor(b.subtotalMinor, c),
      tax: fromMinor(b.taxMinor, c),
      deposit: fromMinor(b.depositMinor, c),
      late_fee: fromMinor(b.lateFeeMinor, c),
      total: fromMinor(totalMinor(b), c),
      currency: c,
    },
    payment: {
      status: b.paymentStatus,
      method: d.card ? cardLabel(d.card) : null,
      transactions: d.movements.map((m) => ({ type: m.kind, amount: fromMinor(m.amountMinor, c), status: m.status })),
    },
    can_cancel: cancelRefusal(b, now) === null,
    can_extend: extensionRefusal(b, now, overdueGraceMinutes) === null,
    is_overdue: isOverdue(b, now),
    cancellation:
      b.status === 'cancelled' && b.cancelledAt
        ? {
            cancelled_at: isoSeconds(b.cancelledAt)!,
            reason: b.cancellationReason,
            fee: fromMinor(b.cancellationFeeMinor ?? 0, c),
            refund: fromMinor(b.refundMinor ?? 0, c),
          }
        : null,
    created_at: isoSeconds(b.createdAt)!,
  };
}

export function toCancellation(b: BookingRow): z.infer<typeof cancellationSchema> {
  return {
    id: b.id,
    status: 'cancelled',
    cancelled_at: isoSeconds(b.cancelledAt)!,
    cancellation_reason: b.cancellationReason,
    refund: {
      amount: fromMinor(b.refundMinor ?? 0, b.currency),
      status: 'processing',
      method: 'Original payment method',
    },
  };
}

export function toExtension(b: BookingRow, ext: BookingExtensionRow): z.infer<typeof extensionSchema> {
  const c = b.currency;
  return {
    id: b.id,
    original_end_date: isoSeconds(ext.originalEndAt)!,
    new_end_date: isoSeconds(ext.newEndAt)!,
    extension_hours: ext.hours,
    additional_cost: {
      subtotal: fromMinor(ext.subtotalMinor, c),
      tax: fromMinor(ext.taxMinor, c),
      total: fromMinor(ext.subtotalMinor + ext.taxMinor, c),
      currency: c,
    },
  };
}
