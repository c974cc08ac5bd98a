/**
 * Great-circle distances for the station search. The database computes the haversine distance of each
 * station; this file gives the rectangle that can contain a match, so an index narrows the candidates
 * before any trigonometry runs.
 */

export const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude (and of longitude at the equator), on the same sphere. */
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
/** Widens the box by ~0.1 m so floating-point error never drops a station at the very edge of the radius. */
const EDGE = 1e-6;

export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Longitude ranges are inclusive; two when the box crosses the antimeridian, none when every longitude fits. */
export interface BoundingBox {
  latMin: number;
  latMax: number;
  lngRanges: Array<[number, number]> | null;
}

/** Every point within `radiusKm` of the centre lies inside this box (a superset: the distance still decides). */
export function boundingBox({ latitude, longitude, radiusKm }: Near): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE + EDGE;
  const latMin = Math.max(-90, latitude - dLat);
  const latMax = Math.min(90, latitude + dLat);
  // A circle that reaches a pole spans every longitude.
  if (latMin <= -90 || latMax >= 90) return { latMin, latMax, lngRanges: null };
  // The widest longitude span of the circle is at the latitude of its tangent points:
  // asin(sin(r) / cos(lat)) for angular radius r (exact on the sphere, not the small-circle guess).
  const angular = radiusKm / EARTH_RADIUS_KM;
  const ratio = Math.sin(angular) / Math.cos((latitude * Math.PI) / 180);
  if (ratio >= 1) return { latMin, latMax, lngRanges: null };
  const dLng = (Math.asin(ratio) * 180) / Math.PI + EDGE;
  const west = longitude - dLng;
  const east = longitude + dLng;
  if (west < -180)
    return {
      latMin,
      latMax,
      lngRanges: [
        [west + 360, 180],
        [-180, east],
      ],
    };
  if (east > 180)
    return {
      latMin,
      latMax,
      lngRanges: [
        [west, 180],
        [-180, east - 360],
      ],
    };
  return { latMin, latMax, lngRanges: [[west, east]] };
}

/** Haversine distance in km (the same formula as the SQL; used by tests and the seed). */
export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLng - aLng) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One decimal, as the API shows distances. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
