-- Client media (files uploaded to attach to support messages) and support tickets.

-- A client's uploaded file: stored encrypted under storage_key (media/<agency>/<client>/<random>.<ext>),
-- reached only through signed expiring links.
CREATE TABLE media (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id      integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id      integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  storage_key    varchar(512) NOT NULL,
  content_type   varchar(64)  NOT NULL,
  size_bytes     integer      NOT NULL CHECK (size_bytes >= 0),
  -- As the client named the file: display only, never trusted.
  original_name  varchar(255),
  created_at     timestamptz  NOT NULL,
  -- A link names its file by key: an attachment given as a URL is matched back through this index.
  CONSTRAINT media_storage_key_unique UNIQUE (storage_key)
);
CREATE INDEX media_client_idx ON media (agency_id, client_id, id);

-- TK-YYYY-NNNNN counters, per agency and year (as booking_references).
CREATE TABLE ticket_references (
  agency_id    integer NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  year         integer NOT NULL,
  last_number  integer NOT NULL,
  PRIMARY KEY (agency_id, year)
);

CREATE TABLE tickets (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id        integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id        integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  booking_id       bigint       REFERENCES bookings(id) ON DELETE SET NULL,
  reference        varchar(16)  NOT NULL,
  subject          varchar(255) NOT NULL,
  category         varchar(64)  NOT NULL,
  priority         varchar(16)  NOT NULL DEFAULT 'normal'
                   CHECK (priority IN ('low', 'normal', 'high', 'critical')),
  status           varchar(16)  NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
  -- The latest message the client can see (staff-only notes do not move it).
  last_message_at  timestamptz  NOT NULL,
  resolved_at      timestamptz,
  closed_at        timestamptz,
  created_at       timestamptz  NOT NULL,
  updated_at       timestamptz  NOT NULL,
  CONSTRAINT tickets_reference_unique UNIQUE (agency_id, reference)
);
-- The client's list, newest activity first: a page is read straight off the index.
CREATE INDEX tickets_client_idx ON tickets (agency_id, client_id, last_message_at DESC, id DESC);
CREATE INDEX tickets_booking_idx ON tickets (booking_id) WHERE booking_id IS NOT NULL;

CREATE TABLE ticket_messages (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id    bigint       NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  agency_id    integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  sender       varchar(16)  NOT NULL CHECK (sender IN ('client', 'support')),
  sender_name  varchar(255) NOT NULL,
  body         text         NOT NULL,
  -- A staff-only note: never shown to the client, never emailed.
  internal     boolean      NOT NULL DEFAULT false,
  -- When the client read a support message (GET /tickets/{id}); NULL: unread.
  read_at      timestamptz,
  created_at   timestamptz  NOT NULL
);
CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, id);
-- unread_count of the ticket list counts only these rows.
CREATE INDEX ticket_messages_unread_idx ON ticket_messages (ticket_id)
  WHERE sender = 'support' AND NOT internal AND read_at IS NULL;

CREATE TABLE ticket_message_attachments (
  message_id  bigint   NOT NULL REFERENCES ticket_messages(id) ON DELETE CASCADE,
  -- Media go only with their client (whose tickets go too): cascading keeps that one delete possible.
  media_id    bigint   NOT NULL REFERENCES media(id) ON DELETE CASCADE,
  position    smallint NOT NULL CHECK (position >= 0),
  PRIMARY KEY (message_id, position)
);
CREATE INDEX ticket_message_attachments_media_idx ON ticket_message_attachments (media_id);
