import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf } from '../../http/context.js';
import { envelope, envelopeWithMeta, ok, paginationMeta } from '../../http/envelope.js';
import { errorsFor, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { fleetExamples as ex } from './fleet.examples.js';
import { DEFAULT_PER_PAGE, fleetId, vehiclesQuery } from './fleet.query.js';
import { toVehicleDetail, toVehicleListItem, vehicleDetailSchema, vehicleListItemSchema } from './fleet.views.js';
import type { VehiclesService } from './vehicles.service.js';

const tags = ['Client: Vehicles'];

/**
 * GET /vehicles and GET /vehicles/{id}. The telematics module owns /vehicles/{id}/status and the
 * control actions under /vehicles/{id}/...
 */
export function vehiclesRoutes(app: FastifyInstance, deps: { vehicles: VehiclesService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/vehicles`;

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary:
          'Bookable vehicles (not in maintenance, at an active station), featured first; with start_date and ' +
          'end_date only those free for the whole window, with pricing.estimated_total',
        description:
          'Paged (`page`, `per_page` up to 50; `meta` has current_page, last_page, per_page, total). Filters: ' +
          '`station_id`, `category`. With `start_date` and `end_date` (both or neither; ISO 8601 with offset; ' +
          'the end after the start, else 422) only vehicles that no booking holds for that window plus the ' +
          "agency's turnaround time, each with `pricing.estimated_total`: the subtotal plus tax a booking of " +
          'exactly that window would cost. `status` is the status now, not in the window.',
        querystring: vehiclesQuery,
        response: {
          200: successResponse(envelopeWithMeta(z.array(vehicleListItemSchema), paginationMeta), ex.vehicles),
        },
      },
    },
    async (req, reply) => {
      const agency = agencyOf(req);
      const q = req.query;
      const result = await deps.vehicles.search(agency, {
        stationId: q.station_id,
        category: q.category,
        window: q.start_date && q.end_date ? { start: q.start_date, end: q.end_date } : undefined,
        page: q.page ?? 1,
        perPage: q.per_page ?? DEFAULT_PER_PAGE,
      });
      const body = ok(
        req,
        'Vehicles retrieved',
        result.items.map((i) => toVehicleListItem(i.vehicle, agency.currency, i.estimatedTotalMinor)),
      );
      return reply.send({
        ...body,
        meta: {
          agency_id: agency.id,
          agency_code: agency.code,
          current_page: result.page,
          last_page: result.lastPage,
          per_page: result.perPage,
          total: result.total,
        },
      });
    },
  );

  r.get(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'A vehicle with its pricing, location, status and last telemetry',
        description:
          'Any vehicle of the agency, whatever its status: specifications, images, features, rates, where it ' +
          "is (the last position its telematics unit reported, else its station's) and `telemetry`, the last " +
          "state the unit reported (null before its first report). Another agency's vehicle or an unknown " +
          'id: 404.',
        params: z.object({ id: z.string().describe('Vehicle ID') }),
        response: {
          200: successResponse(envelope(vehicleDetailSchema), ex.vehicle),
          ...errorsFor('VEHICLE_NOT_FOUND'),
        },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const vehicle = await deps.vehicles.show(agency, fleetId(req.params.id));
      return ok(req, 'Vehicle retrieved', toVehicleDetail(vehicle, agency.currency));
    },
  );
}
