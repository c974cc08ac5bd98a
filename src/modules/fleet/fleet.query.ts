import { z } from 'zod';
import { VEHICLE_CATEGORIES } from '../../db/schema.js';
import { resourceId } from '../../http/validation.js';

/**
 * Query-string fields of the fleet endpoints. Query values arrive as strings; a blank one counts as
 * absent (Laravel turns "" into null). Messages are Laravel's (validation.ts maps the issue codes).
 */

/** Station and vehicle ids are PostgreSQL integers. */
export const MAX_INT4 = 2_147_483_647;

/** A station or vehicle id from the path: anything malformed or out of range is 0, which matches no row (404). */
export function fleetId(raw: string): number {
  const id = resourceId(raw);
  return id <= MAX_INT4 ? id : 0;
}

const blank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '');

/** An optional whole number ("The x must be an integer.", then the range as min/max). */
export function queryInt(range: { min: number; max?: number }) {
  let target = z.number().int().min(range.min);
  if (range.max !== undefined) target = target.max(range.max);
  return z
    .unknown()
    .transform((v, ctx) => {
      if (blank(v)) return undefined;
      if (typeof v === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(v)) return Number(v);
      ctx.addIssue({ code: 'invalid_type', expected: 'int', input: v });
      return z.NEVER;
    })
    .pipe(target.optional())
    .optional()
    .meta({ type: 'integer' });
}

/** An optional decimal number within [min, max] ("The latitude must be between -90 and 90."). */
export function queryNumberBetween(attribute: string, min: number, max: number) {
  return z
    .unknown()
    .transform((v, ctx) => {
      if (blank(v)) return undefined;
      if (typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) {
        const n = Number(v);
        if (Number.isFinite(n)) {
          if (n < min || n > max) {
            ctx.addIssue({ code: 'custom', message: `The ${attribute} must be between ${min} and ${max}.`, input: v });
            return z.NEVER;
          }
          // Below a nanodegree (0.1 mm) is 0: PostgreSQL's float arithmetic raises an underflow error
          // (a 500) on the haversine terms of values such as 5e-324 or 1e-200 instead of rounding to 0.
          return Math.abs(n) < 1e-9 ? 0 : n;
        }
      }
      ctx.addIssue({ code: 'invalid_type', expected: 'number', input: v });
      return z.NEVER;
    })
    .optional()
    .meta({ type: 'number' });
}

/** An optional ISO 8601 date-time with a UTC offset ("Z" or "+02:00"), as a Date. */
export function queryDateTime() {
  return z
    .unknown()
    .transform((v, ctx) => {
      if (blank(v)) return undefined;
      const parsed = typeof v === 'string' ? z.iso.datetime({ offset: true }).safeParse(v.trim()) : undefined;
      // Years 1000-9998 only: the database has no year 0, and a turnaround added to 9999-12-31 overflows.
      const year = parsed?.success ? Number(parsed.data.slice(0, 4)) : 0;
      if (!parsed?.success || year < 1000 || year > 9998) {
        ctx.addIssue({ code: 'invalid_format', format: 'datetime', input: String(v) });
        return z.NEVER;
      }
      return new Date(parsed.data);
    })
    .optional()
    .meta({ type: 'string', format: 'date-time' });
}

/** Laravel's required_with: each of a pair needs the other (GET /stations, GET /home). */
export function bothOrNeither(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  a: { key: string; label: string },
  b: { key: string; label: string },
): boolean {
  const hasA = value[a.key] !== undefined;
  const hasB = value[b.key] !== undefined;
  if (hasA && !hasB)
    ctx.addIssue({
      code: 'custom',
      path: [b.key],
      message: `The ${b.label} field is required when ${a.label} is present.`,
    });
  if (hasB && !hasA)
    ctx.addIssue({
      code: 'custom',
      path: [a.key],
      message: `The ${a.label} field is required when ${b.label} is present.`,
    });
  return hasA && hasB;
}

export const stationsQuery = z
  .object({
    latitude: queryNumberBetween('latitude', -90, 90).describe("The user's latitude (with longitude)"),
    longitude: queryNumberBetween('longitude', -180, 180).describe("The user's longitude (with latitude)"),
    radius_km: queryInt({ min: 1, max: 20000 }).describe('Search radius in km when coordinates are given (default 50)'),
  })
  .superRefine((q, ctx) => {
    bothOrNeither(q, ctx, { key: 'latitude', label: 'latitude' }, { key: 'longitude', label: 'longitude' });
  });

export const DEFAULT_RADIUS_KM = 50;
export const DEFAULT_PER_PAGE = 15;
export const MAX_PER_PAGE = 50;

export const vehiclesQuery = z
  .object({
    station_id: queryInt({ min: 1, max: MAX_INT4 }).describe('Only vehicles at this station'),
    category: z
      .preprocess((v) => (blank(v) ? undefined : v), z.enum(VEHICLE_CATEGORIES).optional())
      .describe('sedan, suv, van, compact or luxury'),
    start_date: queryDateTime().describe(
      'ISO 8601 with offset; with end_date: only vehicles free for the whole window',
    ),
    end_date: queryDateTime().describe('ISO 8601 with offset, after start_date'),
    page: queryInt({ min: 1 }).describe('Page number (default 1)'),
    per_page: queryInt({ min: 1, max: MAX_PER_PAGE }).describe(
      `Items per page (default ${DEFAULT_PER_PAGE}, at most ${MAX_PER_PAGE})`,
    ),
  })
  .superRefine((q, ctx) => {
    const both = bothOrNeither(
      q,
      ctx,
      { key: 'start_date', label: 'start date' },
      { key: 'end_date', label: 'end date' },
    );
    if (both && q.end_date!.getTime() <= q.start_date!.getTime())
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'The end date must be a date after start date.' });
  });

export type VehiclesQuery = z.output<typeof vehiclesQuery>;
