import { z } from 'zod';
import { bothOrNeither, stationsQuery } from '../fleet/fleet.query.js';

/**
 * GET /home's query: the user's position, validated exactly as GET /stations validates it (the same
 * fields, blank values count as absent, both or neither, Laravel messages).
 */
export const homeQuery = z
  .object({
    latitude: stationsQuery.shape.latitude,
    longitude: stationsQuery.shape.longitude,
  })
  .superRefine((q, ctx) => {
    bothOrNeither(q, ctx, { key: 'latitude', label: 'latitude' }, { key: 'longitude', label: 'longitude' });
  });
