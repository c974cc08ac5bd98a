-- Daakey initial schema: tenancy, client accounts, tokens, verification, password resets, outbox.
-- Runs on PostgreSQL 15 and on PGlite: no PG16+ features.

CREATE TABLE partners (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        varchar(64)  NOT NULL UNIQUE,
  name        varchar(255) NOT NULL,
  email       varchar(255),
  status      varchar(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE agencies (
  id                    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partner_id            integer REFERENCES partners(id) ON DELETE CASCADE,
  code                  varchar(64)  NOT NULL UNIQUE,
  name                  varchar(255) NOT NULL,
  status                varchar(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  currency              char(3)      NOT NULL DEFAULT 'USD',
  timezone              varchar(64)  NOT NULL DEFAULT 'UTC',
  logo_url              text,
  primary_color         varchar(16),
  secondary_color       varchar(16),
  support_email         varchar(255),
  support_phone         varchar(32),
  support_hours         varchar(255),
  settings              jsonb        NOT NULL DEFAULT '{}'::jsonb,
  secret_key_encrypted  text         NOT NULL,
  created_at            timestamptz  NOT NULL DEFAULT now(),
  updated_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX agencies_partner_idx ON agencies (partner_id);

-- The code of an agency never changes: signatures and app builds carry it.
CREATE FUNCTION agencies_code_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.code <> OLD.code THEN
    RAISE EXCEPTION 'agency code is immutable';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER agencies_code_immutable BEFORE UPDATE OF code ON agencies
  FOR EACH ROW EXECUTE FUNCTION agencies_code_immutable();

CREATE TABLE clients (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id          integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  name               varchar(255) NOT NULL,
  email              varchar(255) NOT NULL,
  phone              varchar(32)  NOT NULL,
  password_hash      text         NOT NULL,
  status             varchar(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  avatar_url         text,
  email_verified_at  timestamptz,
  phone_verified_at  timestamptz,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  updated_at         timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT clients_agency_email_unique UNIQUE (agency_id, email),
  CONSTRAINT clients_agency_phone_unique UNIQUE (agency_id, phone)
);

-- Sanctum-style personal access tokens: "<id>|<secret>", only sha256(secret) stored.
CREATE TABLE client_tokens (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id     integer     NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id     integer     NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  token_hash    char(64)    NOT NULL,
  name          varchar(255) NOT NULL DEFAULT 'mobile',
  last_used_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_tokens_client_idx ON client_tokens (client_id);

CREATE TABLE verification_codes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id    integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id    integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  channel      varchar(8)   NOT NULL CHECK (channel IN ('phone', 'email')),
  destination  varchar(255) NOT NULL,
  code_hash    char(64)     NOT NULL,
  attempts     integer      NOT NULL DEFAULT 0,
  expires_at   timestamptz  NOT NULL,
  used_at      timestamptz,
  voided_at    timestamptz,
  created_at   timestamptz  NOT NULL
);
CREATE INDEX verification_codes_client_idx ON verification_codes (client_id, channel, created_at);

CREATE TABLE password_reset_tokens (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id   integer     NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id   integer     NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  token_hash  char(64)    NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  voided_at   timestamptz,
  created_at  timestamptz NOT NULL
);
CREATE INDEX password_reset_tokens_client_idx ON password_reset_tokens (client_id);

-- Transactional outbox: a row commits with the state change that asks for it; the worker delivers.
CREATE TABLE outbox (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id        integer      REFERENCES agencies(id) ON DELETE CASCADE,
  channel          varchar(8)   NOT NULL CHECK (channel IN ('email', 'sms', 'job')),
  kind             varchar(64)  NOT NULL,
  recipient        varchar(255) NOT NULL,
  subject          varchar(255),
  body_encrypted   text,
  status           varchar(16)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
  attempts         integer      NOT NULL DEFAULT 0,
  max_attempts     integer      NOT NULL DEFAULT 8,
  next_attempt_at  timestamptz  NOT NULL,
  driver           varchar(32),
  provider_ref     varchar(255),
  last_error       text,
  created_at       timestamptz  NOT NULL,
  sent_at          timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_recipient_idx ON outbox (recipient);
