import { z } from 'zod';

/** Request schemas of the bookings endpoints. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date-time WITH its offset (`Z` or `±HH:MM`): a time without one would be read in some
 * unknown zone. The calendar date must exist (2024-02-30 is refused, not rolled over).
 */
export function parseIsoDateTime(value: string): Date | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const day = new Date(0);
  day.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  if (day.getUTCDate() !== d) return null; // day 30 of February and the like
  const local = day.getTime() + ((h * 60 + mi) * 60 + s) * 1000;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 14 || om > 59) return null;
    offsetMinutes = (m[8]!.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const ms = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0;
  return new Date(local - offsetMinutes * 60_000 + ms);
}

/** A required ISO 8601 date-time with offset, as a Date. */
export function isoDateTime(attribute: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(64)
    .transform((v, ctx) => {
      const d = parseIsoDateTime(v);
      if (!d) {
        ctx.addIssue({
          code: 'custom',
          message: `The ${attribute} must be an ISO 8601 date and time with a time zone offset (e.g. 2024-01-20T10:00:00Z).`,
        });
        return z.NEVER;
      }
      return d;
    })
    .meta({ format: 'date-time' });
}

/** A numeric id in a body (JSON number). Unknown ids are answered by the service ("The selected … is invalid."). */
const bodyId = () => z.number().int();

export const createBookingBody = z.object({
  vehicle_id: bodyId().describe('ID of the vehicle to book'),
  start_date: isoDateTime('start date').describe('Start, ISO 8601 with offset (e.g. 2024-01-20T10:00:00Z)'),
  end_date: isoDateTime('end date').describe('End, ISO 8601 with offset'),
  payment_method_id: bodyId().describe("One of the client's saved cards (GET /payment-methods)"),
  pickup_location_id: bodyId().nullish().describe("Pick-up station (default: the vehicle's station)"),
  dropoff_location_id: bodyId().nullish().describe("Drop-off station (default: the vehicle's station)"),
});

export const cancelBookingBody = z.object({
  reason: z.string().trim().max(500).nullish().describe('Cancellation reason'),
});

export const extensionBody = z.object({
  new_end_date: isoDateTime('new end date').describe('New end, ISO 8601 with offset, after the current end'),
});

/** A positive integer query parameter (query values arrive as text). */
const queryInt = (attribute: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,9}$/.test(v), { message: `The ${attribute} must be an integer.` })
    .transform(Number);

export const listBookingsQuery = z.object({
  status: z
    .enum(['all', 'upcoming', 'active', 'completed', 'cancelled'])
    .default('all')
    .describe('Only bookings in this status (default all)'),
  page: queryInt('page').pipe(z.number().int().min(1)).optional().describe('Page number (default 1)'),
  per_page: queryInt('per page')
    .pipe(z.number().int().min(1).max(50))
    .optional()
    .describe('Items per page (default 15, max 50)'),
});

export const bookingParams = z.object({ id: z.string().describe('Booking ID') });
