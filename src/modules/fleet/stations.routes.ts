import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { fleetExamples as ex } from './fleet.examples.js';
import { DEFAULT_RADIUS_KM, fleetId, stationsQuery } from './fleet.query.js';
import { stationDetailSchema, stationListItemSchema, toStationDetail, toStationListItem } from './fleet.views.js';
import type { StationsService } from './stations.service.js';

const tags = ['Client: Stations'];

export function stationsRoutes(app: FastifyInstance, deps: { stations: StationsService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/stations`;

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary:
          "The agency's active stations with vehicle counts; with coordinates, those within radius_km, nearest first",
        description:
          "The agency's active stations with their vehicles counted: `total_vehicles` kept there and " +
          '`available_vehicles`, those free right now (not booked, in use or in maintenance). Without ' +
          'coordinates: every active station, by id, with `distance_km` null. With `latitude` and `longitude` ' +
          '(both or neither, else 422): only those within `radius_km` (default 50), nearest first, with ' +
          '`distance_km` rounded to one decimal.',
        querystring: stationsQuery,
        response: { 200: successResponse(envelope(z.array(stationListItemSchema)), ex.stations) },
      },
    },
    async (req) => {
      const { latitude, longitude, radius_km } = req.query;
      const near =
        latitude !== undefined && longitude !== undefined
          ? { latitude, longitude, radiusKm: radius_km ?? DEFAULT_RADIUS_KM }
          : undefined;
      const list = await deps.stations.list(agencyOf(req), near);
      return ok(req, 'Stations retrieved', list.map(toStationListItem));
    },
  );

  r.get(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'A station with every vehicle there, its status and pricing',
        description:
          'The station (address, contact, opening hours per weekday, amenities) with every vehicle kept there ' +
          'and its current status (`available`, `booked`, `in_use` or `maintenance`) and rates, so a vehicle ' +
          "list needs no other call. An inactive station, another agency's, or an unknown id: 404.",
        params: z.object({ id: z.string().describe('Station ID') }),
        response: {
          200: successResponse(envelope(stationDetailSchema), ex.station),
          ...errorsFor('STATION_NOT_FOUND'),
        },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const { station, vehicles } = await deps.stations.show(agency, fleetId(req.params.id));
      return ok(req, 'Station retrieved', toStationDetail(station, vehicles, agency.currency));
    },
  );
}
