import type { Db } from '../../db/client.js';
import type { StationRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { Near } from './geo.js';
import type { StationListRow, StationsRepository } from './stations.repository.js';
import { statusClock } from './vehicle-status.js';
import type { VehicleWithStatus, VehiclesRepository } from './vehicles.repository.js';

/** What clients see of the agency's stations: only active ones. */
export class StationsService {
  constructor(
    private readonly db: Db,
    private readonly stations: StationsRepository,
    private readonly vehicles: VehiclesRepository,
    private readonly clock: Clock,
  ) {}

  /** Active stations with their vehicle counts; with a point, those within the radius, nearest first. */
  async list(agency: Agency, near?: Near): Promise<StationListRow[]> {
    return this.stations.listActive(this.db, agency.id, statusClock(agency, this.clock.now()), near);
  }

  /** An active station and every vehicle there, each with its status. */
  async show(agency: Agency, id: number): Promise<{ station: StationRow; vehicles: VehicleWithStatus[] }> {
    const station = await this.stations.findActive(this.db, agency.id, id);
    if (!station) throw new AppError('STATION_NOT_FOUND');
    const vehicles = await this.vehicles.atStation(
      this.db,
      agency.id,
      station.id,
      statusClock(agency, this.clock.now()),
    );
    return { station, vehicles };
  }
}
