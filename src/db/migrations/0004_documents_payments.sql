-- Driver documents, saved cards and the money ledger.

-- A client's documents: one current row per type (a new upload of the type replaces it).
CREATE TABLE documents (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id         integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id         integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  type              varchar(64)  NOT NULL,
  status            varchar(16)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
  storage_key       varchar(512) NOT NULL,
  content_type      varchar(64)  NOT NULL,
  size_bytes        integer      NOT NULL CHECK (size_bytes >= 0),
  number            varchar(64),
  expires_at        date,
  rejection_reason  varchar(500),
  verified_at       timestamptz,
  reviewed_at       timestamptz,
  uploaded_at       timestamptz  NOT NULL,
  CONSTRAINT documents_client_type_unique UNIQUE (agency_id, client_id, type)
);
CREATE INDEX documents_review_idx ON documents (agency_id, status, uploaded_at);

-- The client's customer at the payment provider (created on the first card), and the connected
-- account it lives on (NULL: the platform account); a different account needs a new customer.
ALTER TABLE clients ADD COLUMN payment_customer_id varchar(255);
ALTER TABLE clients ADD COLUMN payment_customer_account varchar(255);

-- Saved cards: only the provider's id and what a card list shows. Never a card number.
CREATE TABLE payment_methods (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id    integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id    integer      NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  provider     varchar(16)  NOT NULL,
  provider_id  varchar(255) NOT NULL,
  -- The connected account the card is attached on (NULL: the platform's account).
  provider_account varchar(255),
  brand        varchar(32)  NOT NULL,
  last_four    char(4)      NOT NULL,
  exp_month    smallint     NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year     smallint     NOT NULL,
  fingerprint  varchar(255) NOT NULL,
  is_default   boolean      NOT NULL DEFAULT false,
  created_at   timestamptz  NOT NULL,
  updated_at   timestamptz  NOT NULL,
  CONSTRAINT payment_methods_provider_id_unique UNIQUE (agency_id, provider_id),
  CONSTRAINT payment_methods_fingerprint_unique UNIQUE (agency_id, client_id, fingerprint)
);
-- Exactly one default card per client, held by the database itself.
CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (client_id) WHERE is_default;
CREATE INDEX payment_methods_client_idx ON payment_methods (agency_id, client_id);

-- Every money movement: written in the transaction of the change that caused it, keyed by the
-- idempotency key the provider saw, so reconciliation can match the two sides after a crash.
CREATE TABLE payments (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id           integer      NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  client_id           integer      REFERENCES clients(id) ON DELETE SET NULL,
  payment_method_id   bigint       REFERENCES payment_methods(id) ON DELETE SET NULL,
  parent_id           bigint       REFERENCES payments(id),
  booking_id          bigint,
  kind                varchar(16)  NOT NULL CHECK (kind IN ('authorization', 'capture', 'release', 'refund')),
  amount_minor        bigint       NOT NULL CHECK (amount_minor >= 0),
  currency            char(3)      NOT NULL,
  status              varchar(16)  NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  provider            varchar(16)  NOT NULL,
  provider_reference  varchar(255),
  provider_account    varchar(255),
  idempotency_key     varchar(255) NOT NULL,
  failure_code        varchar(64),
  failure_message     varchar(500),
  -- When a process last started carrying the movement out (claims it against concurrent reconciles).
  attempted_at        timestamptz,
  reconciled_at       timestamptz,
  created_at          timestamptz  NOT NULL,
  updated_at          timestamptz  NOT NULL,
  CONSTRAINT payments_idempotency_unique UNIQUE (agency_id, idempotency_key)
);
CREATE INDEX payments_pending_idx ON payments (created_at) WHERE status = 'pending';
CREATE INDEX payments_parent_idx ON payments (parent_id);
CREATE INDEX payments_booking_idx ON payments (agency_id, booking_id);
