import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { violatedUniqueConstraint } from '../../db/errors.js';
import { FUEL_TYPES, type StationRow, TRANSMISSIONS, VEHICLE_CATEGORIES, type VehicleRow } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import { currencyExponent, toMinor } from '../../lib/money.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { NewStation, StationsRepository } from './stations.repository.js';
import type { NewVehicle, VehiclesRepository } from './vehicles.repository.js';

/**
 * `daakey fleet:import`: stations and vehicles from one JSON file, written in one transaction.
 * Idempotent: stations are matched by name and vehicles by plate number, and updated in place only
 * where a value differs, so a second run of the same file changes nothing. A field left out of the
 * file keeps its stored value (a maintenance flag set from the CLI survives a re-import); a new row
 * gets the field's default.
 */

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const url = z.url({ protocol: /^https?$/ }).max(2048);
const rate = z.union([z.number(), z.string()]);

const stationEntry = z.strictObject({
  name: text(255),
  address: text(500),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  description: optionalText(5000),
  phone: optionalText(32),
  email: z.email().max(255).nullable().optional(),
  images: z.array(url).max(20).optional(),
  operating_hours: z
    .partialRecord(z.enum(WEEKDAYS), z.string().regex(HOURS, 'must look like "06:00-22:00"'))
    .optional(),
  amenities: z.array(text(64)).max(50).optional(),
  status: z.enum(['active', 'inactive']).optional(),
});

const vehicleEntry = z.strictObject({
  plate_number: text(32),
  station: text(255).describe("A station's name: in this file or already the agency's"),
  vin: z.string().trim().min(11).max(17).nullable().optional(),
  brand: text(64),
  model: text(64),
  year: z.int().min(1950).max(2100),
  color: text(32),
  category: z.enum(VEHICLE_CATEGORIES),
  seats: z.int().min(1).max(99),
  fuel_type: z.enum(FUEL_TYPES),
  transmission: z.enum(TRANSMISSIONS),
  hourly_rate: rate,
  daily_rate: rate,
  features: z.array(text(64)).max(100).optional(),
  images: z.array(url).max(20).optional(),
  featured: z.boolean().optional(),
  telematics_device_id: z
    .string()
    .trim()
    .min(1)
    .max(64)
    // It is an MQTT topic level (docs/telematics.md): no separators, wildcards or spaces.
    .regex(/^[A-Za-z0-9._:-]+$/, 'may contain only letters, digits and . _ : -')
    .nullable()
    .optional(),
  maintenance: z.boolean().optional(),
});

export const fleetFileSchema = z.strictObject({
  stations: z.array(stationEntry).default([]),
  vehicles: z.array(vehicleEntry).default([]),
});

export type FleetFile = z.input<typeof fleetFileSchema>;
type ParsedFleet = z.output<typeof fleetFileSchema>;
type StationEntry = z.output<typeof stationEntry>;
type VehicleEntry = z.output<typeof vehicleEntry>;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  stations: ImportCounts;
  vehicles: ImportCounts;
}

/** The file cannot be imported; each problem names the file, the entry's index and the field. */
export class FleetImportError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} was not imported (nothing was written):\n${problems.map((p) => `  ${source}: ${p}`).join('\n')}`);
    this.name = 'FleetImportError';
  }
}

/** stations[2].operating_hours.monday */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(file)';
}

const EXPECTED: Record<string, string> = { int: 'a whole number', object: 'an object', array: 'an array' };

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0 && issue.code === 'invalid_type')
    return 'must be a JSON object {"stations": [...], "vehicles": [...]}';
  if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys') return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} items`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'must be an email address';
      if (issue.format === 'url') return 'must be an http(s) URL';
      return issue.message;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'must be a number or a decimal string';
    case 'invalid_key':
      return 'is not a weekday (monday ... sunday)';
    default:
      return issue.message;
  }
}

/** Validate the file's JSON (already parsed) against the file schema. */
export function parseFleetFile(json: unknown, source: string): ParsedFleet {
  const parsed = fleetFileSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new FleetImportError(
    source,
    parsed.error.issues.map((i) => `${pathText(i.path)}: ${issueText(i)}`),
  );
}

/** A rate in the agency's currency ("15.00" or 15) as minor units, or the problem with it. */
function rateMinor(value: number | string, currency: string): number | string {
  const textValue = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d+(\.\d+)?$/.test(textValue)) return 'must be a decimal amount of at least 0, e.g. 15.00';
  try {
    return toMinor(textValue, currency);
  } catch {
    return `is not an amount in ${currency} (at most ${currencyExponent(currency)} decimals)`;
  }
}

/** Deep equality of JSON values, ignoring key order (jsonb does not keep it). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/** The fields whose value differs from the stored row (only those given). */
function changes<T extends object>(stored: T, wanted: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(wanted) as Array<keyof T>) {
    const v = wanted[key];
    if (v !== undefined && !sameJson(stored[key], v)) out[key] = v;
  }
  return out;
}

function stationValues(
  s: StationEntry,
): Partial<NewStation> & Pick<NewStation, 'name' | 'address' | 'latitude' | 'longitude'> {
  return {
    name: s.name,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
    description: s.description,
    phone: s.phone,
    email: s.email,
    images: s.images,
    operatingHours: s.operating_hours,
    amenities: s.amenities,
    status: s.status,
  };
}

// Any constant: serialises imports into one agency (the second waits, then finds the first's rows).
const IMPORT_LOCK_KEY = 7_243_007;

export class FleetImporter {
  constructor(
    private readonly db: Db,
    private readonly stations: StationsRepository,
    private readonly vehicles: VehiclesRepository,
    private readonly clock: Clock,
  ) {}

  /** Validate and import a fleet file's content into the agency, all or nothing. */
  async import(agency: Agency, json: unknown, source: string): Promise<ImportReport> {
    const file = parseFleetFile(json, source);
    const problems = this.checkFile(file, agency.currency);
    if (problems.length > 0) throw new FleetImportError(source, problems);
    try {
      return await this.db.transaction(async (tx) => this.write(tx, agency, file, source));
    } catch (err) {
      const constraint = violatedUniqueConstraint(err);
      if (constraint !== undefined)
        throw new FleetImportError(source, [`conflicts with a row written meanwhile (${constraint}); run it again`]);
      throw err;
    }
  }

  /**
   * The demo seed: import only into an agency without stations yet, so a later run (every start of a
   * development server) never undoes what an operator changed since. Null when it had a fleet.
   */
  async importIfEmpty(agency: Agency, json: unknown, source: string): Promise<ImportReport | null> {
    if ((await this.stations.count(this.db, agency.id)) > 0) return null;
    return this.import(agency, json, source);
  }

  /** What can be checked without the database: duplicates within the file and amounts. */
  private checkFile(file: ParsedFleet, currency: string): string[] {
    const problems: string[] = [];
    const firstIndex = new Map<string, number>();
    file.stations.forEach((s, i) => {
      const seen = firstIndex.get(s.name);
      if (seen !== undefined) problems.push(`stations[${i}].name: "${s.name}" is also stations[${seen}]`);
      else firstIndex.set(s.name, i);
    });
    const plates = new Map<string, number>();
    const devices = new Map<string, number>();
    file.vehicles.forEach((v, i) => {
      const plate = plates.get(v.plate_number);
      if (plate !== undefined)
        problems.push(`vehicles[${i}].plate_number: "${v.plate_number}" is also vehicles[${plate}]`);
      else plates.set(v.plate_number, i);
      if (v.telematics_device_id) {
        const device = devices.get(v.telematics_device_id);
        if (device !== undefined)
          problems.push(`vehicles[${i}].telematics_device_id: "${v.telematics_device_id}" is also vehicles[${device}]`);
        else devices.set(v.telematics_device_id, i);
      }
      for (const field of ['hourly_rate', 'daily_rate'] as const) {
        const minor = rateMinor(v[field], currency);
        if (typeof minor === 'string') problems.push(`vehicles[${i}].${field}: ${minor}`);
      }
    });
    return problems;
  }

  private async write(tx: Tx, agency: Agency, file: ParsedFleet, source: string): Promise<ImportReport> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY}, ${agency.id})`);
    const now = this.clock.now();
    const report: ImportReport = {
      stations: { created: 0, updated: 0, unchanged: 0 },
      vehicles: { created: 0, updated: 0, unchanged: 0 },
    };

    // Stations first, so vehicles can name any of them.
    const names = [...new Set([...file.stations.map((s) => s.name), ...file.vehicles.map((v) => v.station)])];
    const byName = new Map<string, StationRow>(
      (await this.stations.findByNames(tx, agency.id, names)).map((s) => [s.name, s]),
    );
    const problems: string[] = [];
    file.vehicles.forEach((v, i) => {
      if (!byName.has(v.station) && !file.stations.some((s) => s.name === v.station))
        problems.push(
          `vehicles[${i}].station: no station named "${v.station}" in this file or in agency ${agency.code}`,
        );
    });
    const plates = file.vehicles.map((v) => v.plate_number);
    const existing = new Map<string, VehicleRow>(
      (await this.vehicles.findByPlates(tx, agency.id, plates)).map((v) => [v.plateNumber, v]),
    );
    const deviceIds = file.vehicles.flatMap((v) => (v.telematics_device_id ? [v.telematics_device_id] : []));
    const deviceOwners = await this.vehicles.findByDevices(tx, agency.id, deviceIds);
    file.vehicles.forEach((v, i) => {
      const owner = deviceOwners.find((o) => o.telematicsDeviceId === v.telematics_device_id);
      // Another vehicle keeps the device unless this file moves it away from that vehicle too.
      const movedAway =
        owner !== undefined &&
        file.vehicles.some(
          (w) =>
            w.plate_number === owner.plateNumber &&
            w.telematics_device_id !== undefined &&
            w.telematics_device_id !== v.telematics_device_id,
        );
      if (owner && owner.plateNumber !== v.plate_number && !movedAway)
        problems.push(
          `vehicles[${i}].telematics_device_id: "${v.telematics_device_id}" belongs to vehicle ${owner.plateNumber}`,
        );
    });
    if (problems.length > 0) throw new FleetImportError(source, problems);

    for (const entry of file.stations) {
      const wanted = stationValues(entry);
      const stored = byName.get(entry.name);
      if (!stored) {
        byName.set(entry.name, await this.stations.insert(tx, agency.id, wanted, now));
        report.stations.created += 1;
        continue;
      }
      const diff = changes<NewStation>(stored, wanted);
      if (Object.keys(diff).length === 0) report.stations.unchanged += 1;
      else {
        await this.stations.update(tx, agency.id, stored.id, diff, now);
        report.stations.updated += 1;
      }
    }

    // Devices handed from one vehicle to another in this file are released first (one device, one car).
    for (const owner of deviceOwners) {
      const next = file.vehicles.find((v) => v.plate_number === owner.plateNumber);
      if (next && next.telematics_device_id !== undefined && next.telematics_device_id !== owner.telematicsDeviceId)
        await this.vehicles.update(tx, agency.id, owner.id, { telematicsDeviceId: null }, now);
    }

    for (const entry of file.vehicles) {
      const wanted = this.vehicleValues(entry, byName.get(entry.station)!.id, agency.currency);
      const stored = existing.get(entry.plate_number);
      if (!stored) {
        await this.vehicles.insert(tx, agency.id, wanted, now);
        report.vehicles.created += 1;
        continue;
      }
      const diff = changes<NewVehicle>(stored, wanted);
      if (Object.keys(diff).length === 0) report.vehicles.unchanged += 1;
      else {
        await this.vehicles.update(tx, agency.id, stored.id, diff, now);
        report.vehicles.updated += 1;
      }
    }
    return report;
  }

  private vehicleValues(v: VehicleEntry, stationId: number, currency: string): NewVehicle {
    return {
      plateNumber: v.plate_number,
      stationId,
      vin: v.vin,
      brand: v.brand,
      model: v.model,
      year: v.year,
      color: v.color,
      category: v.category,
      seats: v.seats,
      fuelType: v.fuel_type,
      transmission: v.transmission,
      hourlyRateMinor: rateMinor(v.hourly_rate, currency) as number,
      dailyRateMinor: rateMinor(v.daily_rate, currency) as number,
      features: v.features,
      images: v.images,
      featured: v.featured,
      telematicsDeviceId: v.telematics_device_id,
      maintenance: v.maintenance,
    };
  }
}
