-- Telematics: the simulator's virtual units and the guard that serializes commands to one vehicle.

-- The state of each simulated telematics unit (TELEMATICS_DRIVER=simulator), kept in the database so
-- every instance (and the CLI's vehicle:offline) sees the same unit. Created on first use.
CREATE TABLE simulator_units (
  vehicle_id  integer     PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
  agency_id   integer     NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  -- TelemetryState (src/providers/telematics/telematics.provider.ts): locked, driving enabled, fuel,
  -- mileage, battery, doors, position.
  state       jsonb       NOT NULL,
  -- false: the unit is unreachable (daakey vehicle:offline --on); commands fail with reason offline.
  online      boolean     NOT NULL DEFAULT true,
  updated_at  timestamptz NOT NULL
);

-- At most one command in flight per vehicle, across every instance: a second sender waits for the
-- first to finish (the row becomes completed or failed) instead of talking to the unit at the same time.
CREATE UNIQUE INDEX vehicle_commands_one_pending ON vehicle_commands (vehicle_id) WHERE status = 'pending';
