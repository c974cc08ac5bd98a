import type { Db } from '../../db/client.js';
import type { VehicleCategory } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import { quote } from '../bookings/pricing.js';
import { statusClock } from './vehicle-status.js';
import type { VehicleDetailRow, VehicleListRow, VehiclesRepository } from './vehicles.repository.js';

export interface VehicleSearchInput {
  stationId?: number;
  category?: VehicleCategory;
  /** Both or neither (the route checks); end after start. */
  window?: { start: Date; end: Date };
  page: number;
  perPage: number;
}

export interface VehicleSearchResult {
  items: Array<{ vehicle: VehicleListRow; estimatedTotalMinor: number | null }>;
  total: number;
  page: number;
  perPage: number;
  lastPage: number;
}

export class VehiclesService {
  constructor(
    private readonly db: Db,
    private readonly vehicles: VehiclesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Bookable vehicles (not in maintenance, at an active station). With a window, only those no
   * booking holds from its start until its end plus the agency's turnaround (what a booking of that
   * window would hold), each priced for the window as a booking would be.
   */
  async search(agency: Agency, input: VehicleSearchInput): Promise<VehicleSearchResult> {
    const { window } = input;
    const turnaroundMs = agency.settings.turnaround_minutes * 60_000;
    const { rows, total } = await this.vehicles.search(
      this.db,
      agency.id,
      {
        stationId: input.stationId,
        category: input.category,
        freeDuring: window
          ? { start: window.start, blockedUntil: new Date(window.end.getTime() + turnaroundMs) }
          : undefined,
        limit: input.perPage,
        offset: (input.page - 1) * input.perPage,
      },
      statusClock(agency, this.clock.now()),
    );
    return {
      items: rows.map((vehicle) => ({
        vehicle,
        estimatedTotalMinor: window
          ? quote(
              window.start,
              window.end,
              { hourlyMinor: vehicle.hourlyRateMinor, dailyMinor: vehicle.dailyRateMinor },
              agency.settings.tax_rate,
            ).totalMinor
          : null,
      })),
      total,
      page: input.page,
      perPage: input.perPage,
      lastPage: Math.max(1, Math.ceil(total / input.perPage)),
    };
  }

  /** One vehicle of the agency, whatever its status, with its station and last telemetry. */
  async show(agency: Agency, id: number): Promise<VehicleDetailRow> {
    const vehicle = await this.vehicles.findDetail(this.db, agency.id, id, statusClock(agency, this.clock.now()));
    if (!vehicle) throw new AppError('VEHICLE_NOT_FOUND');
    return vehicle;
  }

  /**
   * Operator action (CLI): put a vehicle into maintenance or back. Returns whether it changed and the
   * status it has now. Bookings already made are left alone (the agency settles them itself).
   */
  async setMaintenance(
    agency: Agency,
    plate: string,
    on: boolean,
  ): Promise<{ vehicleId: number; changed: boolean; status: VehicleDetailRow['status'] } | null> {
    return this.db.transaction(async (tx) => {
      const found = await this.vehicles.findByPlate(tx, agency.id, plate);
      if (!found) return null;
      const changed = found.maintenance !== on;
      if (changed) await this.vehicles.update(tx, agency.id, found.id, { maintenance: on }, this.clock.now());
      const now = await this.vehicles.findDetail(tx, agency.id, found.id, statusClock(agency, this.clock.now()));
      return { vehicleId: found.id, changed, status: now!.status };
    });
  }
}
