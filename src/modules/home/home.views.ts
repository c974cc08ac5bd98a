import { z } from 'zod';
import { VEHICLE_CATEGORIES } from '../../db/schema.js';
import { isoSeconds } from '../../lib/clock.js';
import { isOverdue } from '../bookings/bookings.views.js';
import { firstImage, pricingSchema, toPricing, toVehicleSummary, vehicleSummarySchema } from '../fleet/fleet.views.js';
import { roundKm } from '../fleet/geo.js';
import type { HomeFeed } from './home.service.js';

/** The JSON shape of GET /home (the documented keys, plus `reference`, `is_overdue` and `image`). */

const datetime = () => z.string().describe('ISO-8601 UTC');

export const homeFeedSchema = z.object({
  user: z.object({
    id: z.number().int(),
    name: z.string(),
    has_active_booking: z.boolean().describe('A booking of this client is active (the car is out)'),
    verification_complete: z
      .boolean()
      .describe(
        'Phone verified (and email, when the agency requires it) and every required document verified and ' +
          'unexpired: the verification part of what booking requires (a card is not part of it)',
      ),
  }),
  active_booking: z
    .object({
      id: z.number().int(),
      reference: z.string().describe('BK-YYYY-NNNNN'),
      status: z.literal('active'),
      vehicle: vehicleSummarySchema,
      start_date: datetime(),
      end_date: datetime(),
      is_overdue: z.boolean().describe('Past its end date'),
    })
    .nullable()
    .describe("The client's ongoing rental (the one due back first); null when none"),
  nearby_stations: z
    .array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        address: z.string(),
        distance_km: z.number().nullable().describe('From the given point, one decimal; null without coordinates'),
        available_vehicles: z.number().int(),
        latitude: z.number(),
        longitude: z.number(),
        image: z.string().nullable(),
      }),
    )
    .describe('Up to 5 active stations: nearest first with coordinates (no radius limit), else by name'),
  featured_vehicles: z
    .array(
      z.object({
        id: z.number().int(),
        brand: z.string(),
        model: z.string(),
        category: z.enum(VEHICLE_CATEGORIES),
        image: z.string().nullable(),
        pricing: pricingSchema,
        station: z.object({ id: z.number().int(), name: z.string() }),
      }),
    )
    .describe('Up to 10 featured vehicles available now (at an active station), in a stable order'),
  announcements: z
    .array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        body: z.string(),
        image_url: z.string().nullable(),
        starts_at: datetime(),
        ends_at: datetime().nullable().describe('null: until withdrawn'),
      }),
    )
    .describe("The agency's current news and promotions, newest first, at most 10"),
});

export function toHomeFeed(f: HomeFeed, currency: string): z.infer<typeof homeFeedSchema> {
  const active = f.activeBooking;
  return {
    user: {
      id: f.client.id,
      name: f.client.name,
      has_active_booking: active !== null,
      verification_complete: f.verificationComplete,
    },
    active_booking: active
      ? {
          id: active.booking.id,
          reference: active.booking.reference,
          status: 'active',
          vehicle: toVehicleSummary(active.vehicle),
          start_date: isoSeconds(active.booking.startAt)!,
          end_date: isoSeconds(active.booking.endAt)!,
          is_overdue: isOverdue(active.booking, f.now),
        }
      : null,
    nearby_stations: f.stations.map((s) => ({
      id: s.id,
      name: s.name,
      address: s.address,
      distance_km: s.distanceKm === null ? null : roundKm(s.distanceKm),
      available_vehicles: s.availableVehicles,
      latitude: s.latitude,
      longitude: s.longitude,
      image: firstImage(s.images),
    })),
    featured_vehicles: f.featured.map((v) => ({
      id: v.id,
      brand: v.brand,
      model: v.model,
      category: v.category,
      image: firstImage(v.images),
      pricing: toPricing(v, currency),
      station: v.station,
    })),
    announcements: f.announcements.map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      image_url: a.imageUrl,
      starts_at: isoSeconds(a.startsAt)!,
      ends_at: isoSeconds(a.endsAt),
    })),
  };
}
