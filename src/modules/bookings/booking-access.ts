import type { Agency } from '../agencies/agencies.service.js';

/**
 * What vehicle control asks the bookings module (implemented by BookingsService, wired in deps.ts),
 * so the telematics module never reads booking rules itself.
 */
export interface ControlGrant {
  bookingId: number;
  /** An upcoming booking inside its pickup window: a successful unlock starts it (startOnUnlock). */
  startsOnUnlock: boolean;
}

export interface BookingAccess {
  /** The client's booking that lets it control this vehicle now: active, or upcoming inside the pickup window. */
  controlGrant(agency: Agency, clientId: number, vehicleId: number): Promise<ControlGrant | null>;
  /** The client's active booking of this vehicle (the status endpoint is for active bookings only). */
  activeBookingId(agency: Agency, clientId: number, vehicleId: number): Promise<number | null>;
  /** After a successful unlock under a startsOnUnlock grant: the booking becomes active now. */
  startOnUnlock(agency: Agency, bookingId: number, mileage: number | null): Promise<void>;
}
