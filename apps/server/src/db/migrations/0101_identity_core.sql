-- Portnet ID: the OpenID Connect provider's storage, MFA devices, recovery codes, sign-in
-- throttling, CAPTCHA replay store, password links and machine clients.

-- oidc-provider models (sessions, interactions, codes, tokens, grants…), one row per model instance.
-- Never the in-memory adapter: several instances share this table and a restart loses nothing.
CREATE TABLE oidc_payload (
  kind         text NOT NULL,
  id           text NOT NULL,
  payload      jsonb NOT NULL,
  grant_id     text,
  user_code    text,
  uid          text,
  expires_at   timestamptz,
  consumed_at  timestamptz,
  PRIMARY KEY (kind, id)
);
CREATE INDEX oidc_payload_grant_idx ON oidc_payload (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oidc_payload_uid_idx ON oidc_payload (uid) WHERE uid IS NOT NULL;
CREATE INDEX oidc_payload_user_code_idx ON oidc_payload (user_code) WHERE user_code IS NOT NULL;
CREATE INDEX oidc_payload_expires_idx ON oidc_payload (expires_at);

-- Signing keys (private JWK set), generated once, AES-256-GCM sealed with the master key.
CREATE TABLE oidc_signing_key (
  id          int PRIMARY KEY CHECK (id = 1),
  jwks_sealed text NOT NULL,
  created_at  timestamptz NOT NULL
);

-- Where a sign-in transaction (an oidc-provider interaction) stands: password accepted for whom.
-- The password step alone never creates a session nor a code (S9).
CREATE TABLE id_login_state (
  uid             text PRIMARY KEY,
  user_id         int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  identifier      text NOT NULL,
  remember        boolean NOT NULL DEFAULT false,
  password_ok_at  timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL
);

-- TOTP devices. The secret is sealed (AES-256-GCM, key outside the database, S14). A device is
-- 'pending' until its first valid code (S15); activating one retires the previous device.
CREATE TABLE totp_device (
  id              int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  secret_sealed   text NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'active', 'retired')),
  created_at      timestamptz NOT NULL,
  activated_at    timestamptz,
  retired_at      timestamptz,
  -- The last accepted time step: a code of this step or an earlier one is refused (S11).
  last_used_step  bigint
);
CREATE UNIQUE INDEX totp_device_active_key ON totp_device (user_id) WHERE status = 'active';
CREATE INDEX totp_device_user_idx ON totp_device (user_id, status);

-- Recovery codes: only a SHA-256 of each is kept (S16); a new set voids the old one.
CREATE TABLE recovery_code (
  id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  code_hash   text NOT NULL,
  created_at  timestamptz NOT NULL,
  used_at     timestamptz,
  voided_at   timestamptz
);
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id) WHERE used_at IS NULL AND voided_at IS NULL;

-- Failed sign-in attempts per account (password and MFA share the counter, S7/S10). Unknown
-- identifiers get a row too (keyed by a hash) so probing them costs the same.
CREATE TABLE auth_throttle (
  account_key       text PRIMARY KEY,
  failures          int NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL,
  locked_until      timestamptz,
  consecutive       int NOT NULL DEFAULT 0
);

-- Spent CAPTCHA solutions (S6): a solution is accepted once until its challenge expires.
CREATE TABLE captcha_spent (
  signature_hash  text PRIMARY KEY,
  expires_at      timestamptz NOT NULL
);
CREATE INDEX captcha_spent_expires_idx ON captcha_spent (expires_at);

-- Password reset and invitation links: single use, short-lived, only the SHA-256 is stored.
CREATE TABLE password_token (
  token_hash  text PRIMARY KEY,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  purpose     text NOT NULL CHECK (purpose IN ('reset', 'invitation')),
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX password_token_user_idx ON password_token (user_id, purpose) WHERE used_at IS NULL;

-- OAuth2 machine clients (client_credentials), e.g. operators' systems calling the intake API.
CREATE TABLE machine_client (
  client_id      text PRIMARY KEY,
  name           text NOT NULL,
  secret_sealed  text NOT NULL,
  scopes         text[] NOT NULL,
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL
);

-- The demo portals' (Portail Banques, Portail Douanes) own small sessions, proving SSO.
CREATE TABLE demo_portal_session (
  id_hash     text PRIMARY KEY,
  portal      text NOT NULL,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  amr         text[] NOT NULL DEFAULT '{}',
  id_token    text,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
