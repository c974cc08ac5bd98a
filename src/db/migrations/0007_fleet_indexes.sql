-- Fleet reads (GET /stations with coordinates): the bounding box around the search point narrows an
-- agency's active stations by latitude and longitude before the exact (haversine) distance is computed.
-- Vehicle counts use vehicles_station_idx and the derived status bookings_vehicle_idx (both in 0005).
CREATE INDEX stations_geo_idx ON stations (agency_id, latitude, longitude) WHERE status = 'active';
