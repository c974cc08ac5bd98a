-- Fleet (stations, vehicles, telemetry), bookings with their money, and the vehicle command log.

CREATE TABLE stations (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id        integer          NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  name             varchar(255)     NOT NULL,
  description      text,
  address          varchar(500)     NOT NULL,
  latitude         double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude        double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  phone            varchar(32),
  email            varchar(255),
  images           jsonb            NOT NULL DEFAULT '[]',
  -- {"monday": "06:00-22:00", ...}; a missing day is closed.
  operating_hours  jsonb            NOT NULL DEFAULT '{}',
  amenities        jsonb            NOT NULL DEFAULT '[]',
  status           varchar(16)      NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at       timestamptz      NOT NULL,
  updated_at       timestamptz      NOT NULL,
  -- fleet:import finds a station again by its name.
  CONSTRAINT stations_name_unique UNIQUE (agency_id, name)
);
CREATE INDEX stations_agency_idx ON stations (agency_id, status);

CREATE TABLE vehicles (
  id                    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id             integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  station_id            integer      NOT NULL REFERENCES stations(id),
  plate_number          varchar(32)  NOT NULL,
  vin                   varchar(17),
  brand                 varchar(64)  NOT NULL,
  model                 varchar(64)  NOT NULL,
  year                  smallint     NOT NULL CHECK (year BETWEEN 1950 AND 2100),
  color                 varchar(32)  NOT NULL,
  category              varchar(16)  NOT NULL CHECK (category IN ('sedan', 'suv', 'van', 'compact', 'luxury')),
  seats                 smallint     NOT NULL CHECK (seats BETWEEN 1 AND 99),
  fuel_type             varchar(16)  NOT NULL CHECK (fuel_type IN ('petrol', 'diesel', 'electric', 'hybrid')),
  transmission          varchar(16)  NOT NULL CHECK (transmission IN ('automatic', 'manual')),
  -- Rates in minor units of the agency's currency.
  hourly_rate_minor     bigint       NOT NULL CHECK (hourly_rate_minor >= 0),
  daily_rate_minor      bigint       NOT NULL CHECK (daily_rate_minor >= 0),
  features              jsonb        NOT NULL DEFAULT '[]',
  images                jsonb        NOT NULL DEFAULT '[]',
  featured              boolean      NOT NULL DEFAULT false,
  telematics_device_id  varchar(64),
  maintenance           boolean      NOT NULL DEFAULT false,
  created_at            timestamptz  NOT NULL,
  updated_at            timestamptz  NOT NULL,
  CONSTRAINT vehicles_plate_unique UNIQUE (agency_id, plate_number)
);
CREATE UNIQUE INDEX vehicles_device_unique ON vehicles (agency_id, telematics_device_id)
  WHERE telematics_device_id IS NOT NULL;
CREATE INDEX vehicles_station_idx ON vehicles (agency_id, station_id);

-- The last state a vehicle's telematics unit reported (kept apart from vehicles: it changes often).
CREATE TABLE vehicle_telemetry (
  vehicle_id    integer     PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
  agency_id     integer     NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  -- TelemetryState (src/providers/telematics/telematics.provider.ts).
  state         jsonb       NOT NULL,
  -- When the unit measured it (its clock) and when we last heard from it at all.
  reported_at   timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL
);

-- Every command sent to a vehicle: who, for which booking, what came back and how long it took.
CREATE TABLE vehicle_commands (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id        integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  vehicle_id       integer      NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
  booking_id       bigint,
  actor_type       varchar(16)  NOT NULL CHECK (actor_type IN ('client', 'staff', 'system')),
  actor_id         integer,
  action           varchar(32)  NOT NULL,
  -- The id the unit acknowledges (uuid).
  command_id       varchar(64)  NOT NULL UNIQUE,
  idempotency_key  varchar(255),
  status           varchar(16)  NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
  failure_reason   varchar(255),
  latency_ms       integer,
  requested_at     timestamptz  NOT NULL,
  completed_at     timestamptz
);
CREATE UNIQUE INDEX vehicle_commands_idempotency ON vehicle_commands (agency_id, actor_type, actor_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX vehicle_commands_vehicle_idx ON vehicle_commands (agency_id, vehicle_id, requested_at);

-- BK-YYYY-NNNNN: one counter per agency and year.
CREATE TABLE booking_references (
  agency_id    integer NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  year         integer NOT NULL,
  last_number  integer NOT NULL,
  PRIMARY KEY (agency_id, year)
);

CREATE TABLE bookings (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id               integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id               integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  vehicle_id              integer      NOT NULL REFERENCES vehicles(id),
  pickup_station_id       integer      NOT NULL REFERENCES stations(id),
  dropoff_station_id      integer      NOT NULL REFERENCES stations(id),
  payment_method_id       bigint       REFERENCES payment_methods(id) ON DELETE SET NULL,
  reference               varchar(16)  NOT NULL,
  -- pending: the slot is held while the payment hold is placed (never shown to the client).
  status                  varchar(16)  NOT NULL
                          CHECK (status IN ('pending', 'upcoming', 'active', 'completed', 'cancelled')),
  start_at                timestamptz  NOT NULL,
  end_at                  timestamptz  NOT NULL,
  -- end_at plus the agency's turnaround buffer: the car is held until then.
  blocked_until           timestamptz  NOT NULL,
  actual_start            timestamptz,
  actual_end              timestamptz,
  currency                char(3)      NOT NULL,
  -- Prices as agreed at booking time (minor units); extensions add to hours/subtotal/tax.
  hourly_rate_minor       bigint       NOT NULL,
  daily_rate_minor        bigint       NOT NULL,
  hours                   integer      NOT NULL,
  subtotal_minor          bigint       NOT NULL,
  tax_minor               bigint       NOT NULL,
  deposit_minor           bigint       NOT NULL DEFAULT 0,
  late_fee_minor          bigint       NOT NULL DEFAULT 0,
  cancellation_fee_minor  bigint,
  refund_minor            bigint,
  -- What the client still owes after a failed capture (blocks new bookings).
  amount_due_minor        bigint       NOT NULL DEFAULT 0,
  -- The current payment hold (ledger row) and when the provider lets it lapse.
  hold_payment_id         bigint       REFERENCES payments(id),
  hold_expires_at         timestamptz,
  payment_status          varchar(24)  NOT NULL DEFAULT 'pending'
                          CHECK (payment_status IN ('pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'released', 'unpaid')),
  cancelled_at            timestamptz,
  cancellation_reason     varchar(500),
  start_mileage           integer,
  end_mileage             integer,
  end_fuel_level          numeric(5,2),
  reminder_sent_at        timestamptz,
  overdue_notified_at     timestamptz,
  created_at              timestamptz  NOT NULL,
  updated_at              timestamptz  NOT NULL,
  CONSTRAINT bookings_reference_unique UNIQUE (agency_id, reference),
  CONSTRAINT bookings_period_check CHECK (end_at > start_at AND blocked_until >= end_at),
  -- No double booking, ever: two bookings that hold the car never overlap. The vehicle id as a
  -- one-point range lets a plain GiST index compare it (no btree_gist extension needed).
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
    int4range(vehicle_id, vehicle_id, '[]') WITH &&,
    tstzrange(start_at, blocked_until) WITH &&
  ) WHERE (status IN ('pending', 'upcoming', 'active'))
);
-- The trip list: a page is read straight off the index in its order (id breaks ties), and the
-- count needs only the status.
CREATE INDEX bookings_client_idx ON bookings (agency_id, client_id, start_at DESC, id DESC) INCLUDE (status);
CREATE INDEX bookings_vehicle_idx ON bookings (vehicle_id, start_at) WHERE status IN ('pending', 'upcoming', 'active');
CREATE INDEX bookings_lifecycle_idx ON bookings (status, start_at) WHERE status IN ('pending', 'upcoming', 'active');

-- Each approved extension and what it cost.
CREATE TABLE booking_extensions (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id         integer     NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  booking_id        bigint      NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  original_end_at   timestamptz NOT NULL,
  new_end_at        timestamptz NOT NULL,
  hours             integer     NOT NULL,
  subtotal_minor    bigint      NOT NULL,
  tax_minor         bigint      NOT NULL,
  payment_id        bigint      REFERENCES payments(id),
  created_at        timestamptz NOT NULL
);
CREATE INDEX booking_extensions_booking_idx ON booking_extensions (booking_id);
