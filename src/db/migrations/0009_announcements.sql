-- Agency news, promotions and notices shown on the client's home feed (GET /home) while current:
-- starts_at <= now and (ends_at is null or ends_at > now).
CREATE TABLE announcements (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id   integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  title       varchar(255) NOT NULL,
  body        text         NOT NULL,
  image_url   text,
  starts_at   timestamptz  NOT NULL DEFAULT now(),
  ends_at     timestamptz,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT announcements_window_check CHECK (ends_at IS NULL OR ends_at > starts_at)
);
-- The current ones of an agency, newest start first.
CREATE INDEX announcements_agency_idx ON announcements (agency_id, starts_at);

-- The home feed's featured vehicles: an agency's featured cars in id order, so the first ten that are
-- available are found without reading (and deriving the status of) the rest of the fleet.
CREATE INDEX vehicles_featured_idx ON vehicles (agency_id, id) WHERE featured;
