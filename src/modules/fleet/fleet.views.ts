import { z } from 'zod';
import { FUEL_TYPES, type StationRow, TRANSMISSIONS, VEHICLE_CATEGORIES, type VehicleRow } from '../../db/schema.js';
import { fromMinor } from '../../lib/money.js';
import { roundKm } from './geo.js';
import type { StationListRow } from './stations.repository.js';
import { VEHICLE_STATUSES } from './vehicle-status.js';
import type { VehicleDetailRow, VehicleListRow, VehicleWithStatus } from './vehicles.repository.js';

/**
 * How stations and vehicles look in the Client API: one zod schema per shape (validation of the
 * response, OpenAPI and the serializer all come from it) and the function that builds it from rows.
 * Other modules (bookings, home) reuse `toPricing`, `firstImage` and `vehicleSummarySchema`.
 */

export const pricingSchema = z.object({
  hourly_rate: z.number().describe("In the agency's currency"),
  daily_rate: z.number().describe('The most a full 24 hours costs'),
  currency: z.string().describe('ISO 4217'),
});

/** A vehicle's rates as JSON numbers in the agency's currency (the DB keeps minor units). */
export function toPricing(
  v: Pick<VehicleRow, 'hourlyRateMinor' | 'dailyRateMinor'>,
  currency: string,
): z.infer<typeof pricingSchema> {
  return {
    hourly_rate: fromMinor(v.hourlyRateMinor, currency),
    daily_rate: fromMinor(v.dailyRateMinor, currency),
    currency,
  };
}

/** The first image, the one a list shows, or null. */
export function firstImage(images: readonly string[]): string | null {
  return images[0] ?? null;
}

const statusSchema = z
  .enum(VEHICLE_STATUSES)
  .describe(
    'Derived when read: maintenance, in_use (an active booking), booked (a booking in its pickup window), else available',
  );
const operatingHoursSchema = z
  .record(z.string(), z.string())
  .describe('Per weekday (monday ... sunday), e.g. "06:00-22:00"; a missing day is closed');

/** The short form other resources embed (bookings, home). */
export const vehicleSummarySchema = z.object({
  id: z.number().int(),
  plate_number: z.string(),
  brand: z.string(),
  model: z.string(),
  image: z.string().nullable(),
});

export function toVehicleSummary(v: Pick<VehicleRow, 'id' | 'plateNumber' | 'brand' | 'model' | 'images'>) {
  return { id: v.id, plate_number: v.plateNumber, brand: v.brand, model: v.model, image: firstImage(v.images) };
}

// ---- stations ----

export const stationListItemSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  distance_km: z.number().nullable().describe('From the given point, one decimal; null without coordinates'),
  available_vehicles: z.number().int(),
  total_vehicles: z.number().int(),
  image: z.string().nullable(),
  operating_hours: operatingHoursSchema,
  amenities: z.array(z.string()),
});

export function toStationListItem(s: StationListRow): z.infer<typeof stationListItemSchema> {
  return {
    id: s.id,
    name: s.name,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
    distance_km: s.distanceKm === null ? null : roundKm(s.distanceKm),
    available_vehicles: s.availableVehicles,
    total_vehicles: s.totalVehicles,
    image: firstImage(s.images),
    operating_hours: s.operatingHours,
    amenities: s.amenities,
  };
}

export const stationVehicleSchema = z.object({
  id: z.number().int(),
  plate_number: z.string(),
  brand: z.string(),
  model: z.string(),
  year: z.number().int(),
  category: z.enum(VEHICLE_CATEGORIES),
  seats: z.number().int(),
  fuel_type: z.enum(FUEL_TYPES),
  transmission: z.enum(TRANSMISSIONS),
  image: z.string().nullable(),
  status: statusSchema,
  pricing: pricingSchema,
});

export const stationDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  images: z.array(z.string()),
  operating_hours: operatingHoursSchema,
  amenities: z.array(z.string()),
  vehicles: z.array(stationVehicleSchema),
});

export function toStationDetail(
  s: StationRow,
  vehicles: VehicleWithStatus[],
  currency: string,
): z.infer<typeof stationDetailSchema> {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
    phone: s.phone,
    email: s.email,
    images: s.images,
    operating_hours: s.operatingHours,
    amenities: s.amenities,
    vehicles: vehicles.map((v) => ({
      id: v.id,
      plate_number: v.plateNumber,
      brand: v.brand,
      model: v.model,
      year: v.year,
      category: v.category,
      seats: v.seats,
      fuel_type: v.fuelType,
      transmission: v.transmission,
      image: firstImage(v.images),
      status: v.status,
      pricing: toPricing(v, currency),
    })),
  };
}

// ---- vehicles ----

const stationRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const vehicleListItemSchema = z.object({
  id: z.number().int(),
  plate_number: z.string(),
  brand: z.string(),
  model: z.string(),
  year: z.number().int(),
  color: z.string(),
  category: z.enum(VEHICLE_CATEGORIES),
  seats: z.number().int(),
  fuel_type: z.enum(FUEL_TYPES),
  transmission: z.enum(TRANSMISSIONS),
  image: z.string().nullable(),
  features: z.array(z.string()),
  status: statusSchema,
  station: stationRefSchema,
  pricing: pricingSchema.extend({
    estimated_total: z
      .number()
      .nullable()
      .describe('Subtotal plus tax for the start_date..end_date window; null without one'),
  }),
});

export function toVehicleListItem(
  v: VehicleListRow,
  currency: string,
  estimatedTotalMinor: number | null,
): z.infer<typeof vehicleListItemSchema> {
  return {
    id: v.id,
    plate_number: v.plateNumber,
    brand: v.brand,
    model: v.model,
    year: v.year,
    color: v.color,
    category: v.category,
    seats: v.seats,
    fuel_type: v.fuelType,
    transmission: v.transmission,
    image: firstImage(v.images),
    features: v.features,
    status: v.status,
    station: { id: v.stationId, name: v.stationName },
    pricing: {
      ...toPricing(v, currency),
      estimated_total: estimatedTotalMinor === null ? null : fromMinor(estimatedTotalMinor, currency),
    },
  };
}

export const telemetrySchema = z
  .object({
    fuel_level: z.number().nullable().describe('Percent of tank (of battery for an electric car)'),
    mileage: z.number().nullable().describe('Odometer, km'),
    battery_voltage: z.number().nullable().describe('12 V battery, volts'),
    is_locked: z.boolean().nullable(),
    is_engine_running: z.boolean().nullable(),
  })
  .nullable()
  .describe("The last state the vehicle's telematics unit reported; null before its first report");

export const vehicleDetailSchema = z.object({
  id: z.number().int(),
  plate_number: z.string(),
  brand: z.string(),
  model: z.string(),
  year: z.number().int(),
  color: z.string(),
  category: z.enum(VEHICLE_CATEGORIES),
  seats: z.number().int(),
  fuel_type: z.enum(FUEL_TYPES),
  transmission: z.enum(TRANSMISSIONS),
  images: z.array(z.string()),
  features: z.array(z.string()),
  pricing: pricingSchema,
  location: z
    .object({ latitude: z.number(), longitude: z.number(), address: z.string() })
    .describe("The last reported position, else the station's; the address is the station's"),
  status: statusSchema,
  station: stationRefSchema,
  telemetry: telemetrySchema,
});

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const booleanOrNull = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export function toVehicleDetail(v: VehicleDetailRow, currency: string): z.infer<typeof vehicleDetailSchema> {
  const t = v.telemetry;
  const lat = numberOrNull(t?.latitude);
  const lng = numberOrNull(t?.longitude);
  // Where a car on a trip is, and whether it is locked, is its renter's business (GET /status is
  // theirs alone): other clients see the station's position and no live state unless it is parked.
  const parked = v.status === 'available' || v.status === 'maintenance';
  const reported = parked && lat !== null && lng !== null;
  return {
    id: v.id,
    plate_number: v.plateNumber,
    brand: v.brand,
    model: v.model,
    year: v.year,
    color: v.color,
    category: v.category,
    seats: v.seats,
    fuel_type: v.fuelType,
    transmission: v.transmission,
    images: v.images,
    features: v.features,
    pricing: toPricing(v, currency),
    location: {
      latitude: reported ? lat : v.station.latitude,
      longitude: reported ? lng : v.station.longitude,
      address: v.station.address,
    },
    status: v.status,
    station: { id: v.station.id, name: v.station.name },
    telemetry:
      t && parked
        ? {
            fuel_level: numberOrNull(t.fuel_level),
            mileage: numberOrNull(t.mileage),
            battery_voltage: numberOrNull(t.battery_voltage),
            is_locked: booleanOrNull(t.is_locked),
            is_engine_running: booleanOrNull(t.is_engine_running),
          }
        : null,
  };
}
