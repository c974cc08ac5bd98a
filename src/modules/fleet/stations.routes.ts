import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf } from '../../http/context.js';
import { envelope, errorResponses, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
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
        querystring: stationsQuery,
        response: { 200: envelope(z.array(stationListItemSchema)) },
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
        params: z.object({ id: z.string().describe('Station ID') }),
        response: { 200: envelope(stationDetailSchema), ...errorResponses(404) },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const { station, vehicles } = await deps.stations.show(agency, fleetId(req.params.id));
      return ok(req, 'Station retrieved', toStationDetail(station, vehicles, agency.currency));
    },
  );
}
