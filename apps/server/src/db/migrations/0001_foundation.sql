-- Foundation: organisations, users, portal sessions, audit trail, outbox, mail, reference data,
-- and the French full-text configuration shared by search features.

-- Immutable wrapper so unaccent can be used in index expressions.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- French stemming that ignores accents: « reinitialiser » finds « réinitialiser ».
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

CREATE TABLE organisation (
  id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  type        text NOT NULL,
  name_fr     text NOT NULL,
  name_ar     text NOT NULL,
  name_en     text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
  id                   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id      int NOT NULL REFERENCES organisation(id),
  username             text NOT NULL,
  email                text NOT NULL,
  display_name         text NOT NULL,
  roles                text[] NOT NULL DEFAULT '{}',
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'disabled')),
  locale               text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'ar', 'en')),
  password_hash        text,
  password_changed_at  timestamptz,
  must_change_password boolean NOT NULL DEFAULT false,
  preferences          jsonb NOT NULL DEFAULT '{}',
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
CREATE INDEX app_user_org_idx ON app_user (organisation_id);

-- The portal's own session (after OIDC sign-in). Only the SHA-256 of the cookie value is stored.
CREATE TABLE portal_session (
  id_hash              text PRIMARY KEY,
  user_id              int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  created_at           timestamptz NOT NULL,
  last_seen_at         timestamptz NOT NULL,
  absolute_expires_at  timestamptz NOT NULL,
  remember             boolean NOT NULL DEFAULT false,
  ip                   text,
  user_agent           text,
  id_token             text,
  revoked_at           timestamptz
);
CREATE INDEX portal_session_user_idx ON portal_session (user_id) WHERE revoked_at IS NULL;

-- Audit trail. Rows are appended cheaply inside business transactions; a sealer assigns
-- chain_seq, prev_hash and hash in order afterwards, which makes the trail tamper-evident
-- without serialising every business transaction on one lock.
CREATE TABLE audit_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL,
  event         text NOT NULL,
  outcome       text NOT NULL DEFAULT 'success' CHECK (outcome IN ('success', 'failure', 'denied')),
  actor_user_id int,
  actor_org_id  int,
  actor_label   text,
  ip            text,
  object_type   text,
  object_id     text,
  details       jsonb NOT NULL DEFAULT '{}',
  chain_seq     bigint UNIQUE,
  prev_hash     text,
  hash          text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id);
CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE chain_seq IS NULL;

-- Transactional outbox: side effects (mail, customs messages, webhooks) are written in the same
-- transaction as the change that causes them, then delivered by workers (FOR UPDATE SKIP LOCKED).
CREATE TABLE outbox (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic            text NOT NULL,
  payload          jsonb NOT NULL,
  idempotency_key  text UNIQUE,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
  attempts         int NOT NULL DEFAULT 0,
  run_after        timestamptz NOT NULL,
  last_error       text,
  created_at       timestamptz NOT NULL,
  done_at          timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (run_after) WHERE status = 'pending';

-- Every mail the portal sends; without SMTP_URL this is where administrators read them.
CREATE TABLE mail_message (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  to_address  text NOT NULL,
  subject     text NOT NULL,
  body_text   text NOT NULL,
  body_html   text,
  transport   text NOT NULL CHECK (transport IN ('smtp', 'stored')),
  created_at  timestamptz NOT NULL,
  sent_at     timestamptz
);
CREATE INDEX mail_message_created_idx ON mail_message (created_at DESC);

CREATE TABLE country (
  code     char(2) PRIMARY KEY,
  name_fr  text NOT NULL,
  name_en  text NOT NULL,
  name_ar  text NOT NULL
);

CREATE TABLE customs_office (
  code    text PRIMARY KEY,
  name    text NOT NULL,
  city    text NOT NULL,
  kind    text NOT NULL,
  active  boolean NOT NULL DEFAULT true
);

-- HS nomenclature at every level: chapters (2), headings (4), subheadings (6), tariff lines (10).
CREATE TABLE hs_code (
  code      text PRIMARY KEY CHECK (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{4})?)?)?$'),
  label_fr  text NOT NULL,
  level     smallint NOT NULL GENERATED ALWAYS AS (length(code)) STORED
);
CREATE INDEX hs_code_label_trgm ON hs_code USING gin (f_unaccent(lower(label_fr)) gin_trgm_ops);

CREATE TABLE unit (
  code      text PRIMARY KEY,
  label_fr  text NOT NULL,
  label_en  text NOT NULL,
  label_ar  text NOT NULL
);

CREATE TABLE reason (
  code      text PRIMARY KEY,
  kind      text NOT NULL,
  label_fr  text NOT NULL,
  label_en  text NOT NULL,
  label_ar  text NOT NULL,
  active    boolean NOT NULL DEFAULT true
);
