import type { FastifyInstance } from 'fastify';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { homeExamples } from './home.examples.js';
import { homeQuery } from './home.schemas.js';
import type { HomeService } from './home.service.js';
import { homeFeedSchema, toHomeFeed } from './home.views.js';

const tags = ['Client: Home'];

export function homeRoutes(app: FastifyInstance, deps: { home: HomeService }): void {
  const r = typed(app);

  r.get(
    `${CLIENT_PREFIX}/home`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "The app's home screen in one call",
        description:
          "Everything the app's first screen needs, in one call. `user`: `has_active_booking` (a rental is " +
          'under way) and `verification_complete` (phone verified, email too when the agency requires it, and ' +
          'every required document verified and unexpired). `active_booking`: the rental under way, or null. ' +
          '`nearby_stations`: up to 5 active stations with their available vehicles; with `latitude` and ' +
          '`longitude` (both or neither, else 422) the nearest first, whatever the distance, with `distance_km` ' +
          'to one decimal; without them by name, with `distance_km` null. `featured_vehicles`: up to 10 of the ' +
          "agency's featured vehicles that are available right now. `announcements`: the agency's current news " +
          'and promotions, newest first, at most 10.',
        querystring: homeQuery,
        response: { 200: successResponse(envelope(homeFeedSchema), homeExamples.feed) },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const { latitude, longitude } = req.query;
      const near = latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined;
      const feed = await deps.home.feed(agency, clientOf(req).client, near);
      return ok(req, 'Home feed retrieved', toHomeFeed(feed, agency.currency));
    },
  );
}
