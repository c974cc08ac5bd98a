import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, okExample, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { resourceId } from '../../http/validation.js';
import { isoSeconds } from '../../lib/clock.js';
import { VEHICLE_ACTIONS, type VehicleAction } from '../../providers/telematics/telematics.provider.js';
import { vehicleControlExamples as ex } from './vehicle-control.examples.js';
import type { VehicleControlService } from './vehicle-control.service.js';

const tags = ['Client: Vehicle control'];

export const CONTROL_MESSAGES: Record<VehicleAction, string> = {
  lock: 'Vehicle locked successfully',
  unlock: 'Vehicle unlocked successfully',
  'enable-driving': 'Driving enabled successfully',
  'disable-driving': 'Driving disabled successfully',
  'unlock-and-enable-driving': 'Vehicle unlocked and driving enabled successfully',
  'lock-and-disable-driving': 'Vehicle locked and driving disabled successfully',
};

const SUMMARIES: Record<VehicleAction, string> = {
  lock: 'Lock all doors',
  unlock: 'Unlock all doors (the first unlock inside the pickup window starts the booking)',
  'enable-driving': 'Release the immobilizer (the engine can be started)',
  'disable-driving': 'Engage the immobilizer (the engine cannot be started)',
  'unlock-and-enable-driving': 'Unlock and release the immobilizer in one command',
  'lock-and-disable-driving': 'Lock and engage the immobilizer in one command',
};

const commandSchema = z.object({
  vehicle_id: z.number().int(),
  action: z.enum(VEHICLE_ACTIONS),
  status: z.literal('completed'),
  timestamp: z.string().describe('When the unit confirmed the command (ISO-8601 UTC)'),
});

const door = z.enum(['open', 'closed']);
const statusSchema = z.object({
  vehicle_id: z.number().int(),
  status: z.enum(['available', 'booked', 'in_use', 'maintenance']),
  location: z.object({
    latitude: z.number(),
    longitude: z.number(),
    address: z.string().nullable().describe("The station's address while the car is there, else null"),
    last_update: z
      .string()
      .nullable()
      .describe('When the unit reported this position (null: the station, no report yet)'),
  }),
  telemetry: z.object({
    fuel_level: z.number().nullable().describe('Percent of tank (of battery for an electric car)'),
    fuel_type: z.string(),
    mileage: z.number().nullable().describe('Odometer, km'),
    battery_voltage: z.number().nullable().describe('12 V battery, volts'),
    is_locked: z.boolean().nullable(),
    is_engine_running: z.boolean().nullable(),
    driving_enabled: z.boolean().nullable().describe('false: the immobilizer is engaged'),
    doors: z.object({ front_left: door, front_right: door, rear_left: door, rear_right: door, trunk: door }).nullable(),
    last_update: z.string().nullable(),
  }),
  connectivity: z.object({
    status: z.enum(['online', 'offline']).describe('online: the unit was heard from in the last 90 seconds'),
    signal_strength: z.enum(['strong', 'medium', 'weak']).nullable(),
    last_seen: z.string().nullable(),
  }),
});

const idParams = z.object({ id: z.string().describe('Vehicle ID') });

/** The optional Idempotency-Key header (1-255 visible characters). */
function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const value = (Array.isArray(raw) ? raw.join(',') : raw).trim();
  if (value === '') return undefined;
  if (value.length > 255)
    throw AppError.validation({ idempotency_key: ['The idempotency key must not be greater than 255 characters.'] });
  if (!/^[\x21-\x7e]+$/.test(value))
    throw AppError.validation({ idempotency_key: ['The idempotency key format is invalid.'] });
  return value;
}

export function vehicleControlRoutes(app: FastifyInstance, deps: { vehicleControl: VehicleControlService }): void {
  const r = typed(app);
  const base = `${CLIENT_PREFIX}/vehicles/:id`;

  for (const action of VEHICLE_ACTIONS) {
    // Both documented forms: /vehicles/{id}/control/{action} (the seed's) and /vehicles/{id}/{action}.
    for (const url of [`${base}/control/${action}`, `${base}/${action}`]) {
      r.post(
        url,
        {
          config: { auth: 'client' },
          schema: {
            tags,
            summary: SUMMARIES[action],
            description:
              'Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup ' +
              'window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked ' +
              'again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. ' +
              'A unit that is unreachable or ' +
              'does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data ' +
              '{vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a ' +
              'Retry-After header. An Idempotency-Key header names one attempt: the same key again returns ' +
              "that attempt's outcome (200 or 503) without a second command; use a new key to try again.",
            params: idParams,
            response: {
              200: successResponse(
                envelope(commandSchema),
                okExample(CONTROL_MESSAGES[action], {
                  vehicle_id: 1,
                  action,
                  status: 'completed' as const,
                  timestamp: '2024-01-15T10:00:04Z',
                }),
              ),
              ...errorsFor(
                'VEHICLE_NOT_FOUND',
                'VEHICLE_ACCESS_DENIED',
                'VEHICLE_BUSY',
                {
                  code: 'VEHICLE_DID_NOT_RESPOND',
                  data: { vehicle_id: 1, action, status: 'failed', reason: 'timeout', retry_after: 10 },
                },
                {
                  code: 'VALIDATION_FAILED',
                  errors: { idempotency_key: ['The idempotency key has already been used for a different request.'] },
                },
              ),
            },
          },
        },
        async (req) => {
          const outcome = await deps.vehicleControl.control(
            agencyOf(req),
            clientOf(req).client.id,
            resourceId(req.params.id),
            action,
            idempotencyKeyOf(req),
          );
          return ok(req, CONTROL_MESSAGES[action], {
            vehicle_id: outcome.vehicleId,
            action: outcome.action,
            status: outcome.status,
            timestamp: isoSeconds(outcome.timestamp)!,
          });
        },
      );
    }
  }

  r.get(
    `${base}/status`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "The vehicle's last reported state (only during the caller's active booking of it)",
        description:
          'Served from the last telemetry the unit pushed (the unit is never polled). The location falls back to ' +
          "the vehicle's station when the unit has reported no position. 403 unless the caller's booking of " +
          'this vehicle is active.',
        params: idParams,
        response: {
          200: successResponse(envelope(statusSchema), ex.status),
          ...errorsFor('VEHICLE_NOT_FOUND', 'VEHICLE_ACCESS_DENIED'),
        },
      },
    },
    async (req) => {
      const status = await deps.vehicleControl.status(
        agencyOf(req),
        clientOf(req).client.id,
        resourceId(req.params.id),
      );
      return ok(req, 'Vehicle status retrieved', status);
    },
  );
}
