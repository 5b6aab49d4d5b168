-- Processing (issue 5): complement requests, decision proposals, signed decisions with a public
-- verification code, customs transmission and acknowledgements, in-app notifications.

-- One request for documents/corrections sent to the operator; answered through the intake API.
-- At most one open request per dossier (the SLA clock is paused while it is open).
CREATE TABLE complement_request (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id            bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  message               text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
  item_codes            text[] NOT NULL DEFAULT '{}',
  requested_at          timestamptz NOT NULL,
  requested_by_user_id  int NOT NULL REFERENCES app_user(id),
  answered_at           timestamptz,
  answer_message        text,
  answer_document_ids   bigint[] NOT NULL DEFAULT '{}',
  answered_by_client    text
);
CREATE UNIQUE INDEX complement_request_open ON complement_request (dossier_id) WHERE answered_at IS NULL;
CREATE INDEX complement_request_dossier_idx ON complement_request (dossier_id, id);

-- The agent's proposal waiting for the chef de service's signature (one per dossier at a time).
CREATE TABLE decision_proposal (
  dossier_id           bigint PRIMARY KEY REFERENCES dossier(id) ON DELETE CASCADE,
  outcome              text NOT NULL CHECK (outcome IN ('acceptee', 'rejetee')),
  reason_codes         text[] NOT NULL DEFAULT '{}',
  motivation           text,
  valid_from           date,
  valid_until          date,
  -- [{ lineNo, quantity }]: quantities granted per goods line (acceptance).
  grants               jsonb NOT NULL DEFAULT '[]',
  proposed_at          timestamptz NOT NULL,
  proposed_by_user_id  int NOT NULL REFERENCES app_user(id),
  CHECK (outcome = 'acceptee' OR cardinality(reason_codes) > 0),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);

-- What a signed decision carries beyond the dossiers schema: the public verification code, the
-- SHA-256 of the issued PDF, the signatory, cancellation and the customs round trip.
ALTER TABLE dossier_decision
  ADD COLUMN verification_code  text UNIQUE,
  ADD COLUMN pdf_sha256         text,
  ADD COLUMN signatory_name     text,
  ADD COLUMN proposed_by_user_id int REFERENCES app_user(id),
  ADD COLUMN cancelled_at       timestamptz,
  ADD COLUMN cancel_reason_code text,
  ADD COLUMN cancel_comment     text,
  ADD COLUMN transmitted_at     timestamptz,
  ADD COLUMN imputed_at         timestamptz,
  ADD COLUMN customs_reference  text;

-- Documents attached to an opinion (uploaded as dossier documents of kind 'avis').
ALTER TABLE dossier_opinion ADD COLUMN document_ids bigint[] NOT NULL DEFAULT '{}';

-- In-app notifications (the bell). dedupe_key makes periodic jobs idempotent per user.
CREATE TABLE notification (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  kind        text NOT NULL,
  dossier_id  bigint REFERENCES dossier(id) ON DELETE CASCADE,
  title       text NOT NULL,
  body        text NOT NULL,
  link        text,
  dedupe_key  text,
  created_at  timestamptz NOT NULL,
  read_at     timestamptz,
  UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;
