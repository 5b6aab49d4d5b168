-- Procedure catalogue (procedures are data, DESIGN.md §4 rule 7), operators, dossiers and what
-- hangs off them (goods lines, documents, opinions, decision, history, internal comments), the
-- gapless numbering counters and the intake API's idempotency records.
--
-- Sized for 1,000,000 dossiers: every list column has a (procedure_code, sort key, id) index so a
-- keyset page is an index range scan whatever the sort; text filters use pg_trgm; nullable sort
-- keys are indexed through coalesce(…, '') so row comparisons work without NULL special cases.

-- One row per (code, version). A definition change loaded at start gets a new version; dossiers
-- keep the version they were submitted under (dossier.procedure_version).
CREATE TABLE procedure (
  code             text NOT NULL,
  version          int NOT NULL,
  is_current       boolean NOT NULL DEFAULT true,
  slug             text NOT NULL,
  direction        text NOT NULL CHECK (direction IN ('import', 'export')),
  owner_org_id     int NOT NULL REFERENCES organisation(id),
  name_fr          text NOT NULL,
  name_ar          text NOT NULL,
  name_en          text NOT NULL,
  definition       jsonb NOT NULL,
  definition_hash  text NOT NULL,
  loaded_at        timestamptz NOT NULL,
  PRIMARY KEY (code, version)
);
CREATE UNIQUE INDEX procedure_current_code ON procedure (code) WHERE is_current;
CREATE UNIQUE INDEX procedure_current_slug ON procedure (slug) WHERE is_current;

-- Organisations that give an opinion on a procedure (current version), for the menu and policy.
CREATE TABLE procedure_opinion_org (
  procedure_code   text NOT NULL,
  organisation_id  int NOT NULL REFERENCES organisation(id),
  PRIMARY KEY (procedure_code, organisation_id)
);
CREATE INDEX procedure_opinion_org_org_idx ON procedure_opinion_org (organisation_id);

-- Importers / exporters. ICE: 15 digits, the last two a check (see modules/dossiers/ice.ts).
CREATE TABLE operator (
  id               int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ice              text NOT NULL UNIQUE CHECK (ice ~ '^[0-9]{15}$'),
  raison_sociale   text NOT NULL,
  rc               text,
  address          text,
  city             text,
  email            text,
  phone            text,
  created_at       timestamptz NOT NULL
);
CREATE INDEX operator_name_trgm ON operator USING gin (f_unaccent(lower(raison_sociale)) gin_trgm_ops);

-- Machine clients (OAuth2 client credentials issued by Portnet ID): one operator per client.
-- Webhooks go to webhook_url, signed with the secret stored encrypted (AES-256-GCM, master key).
CREATE TABLE operator_api_client (
  client_id           text PRIMARY KEY,
  operator_id         int NOT NULL REFERENCES operator(id),
  webhook_url         text,
  webhook_secret_enc  text,
  created_at          timestamptz NOT NULL
);
CREATE INDEX operator_api_client_operator_idx ON operator_api_client (operator_id);

-- Gapless numbering: the counter row is incremented inside the transaction that uses the number,
-- so a rolled-back submission gives its number back. scope = 'dossier:DFD', 'decision:DFD'…
CREATE TABLE numbering_counter (
  scope       text NOT NULL,
  year        int NOT NULL,
  last_value  int NOT NULL,
  PRIMARY KEY (scope, year)
);

CREATE TABLE dossier (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  procedure_code      text NOT NULL,
  procedure_version   int NOT NULL,
  owner_org_id        int NOT NULL REFERENCES organisation(id),
  category            text,
  operator_id         int NOT NULL REFERENCES operator(id),
  -- Denormalised at submission for the list (sort/filter without a join); the operator row keeps
  -- the current legal data.
  importer_name       text NOT NULL,
  importer_ice        text NOT NULL,
  customs_office_code text REFERENCES customs_office(code),
  -- « Marchandise »: first goods line (+ count of others); « Nomenclature »: first line's HS code.
  goods_summary       text NOT NULL DEFAULT '',
  main_hs_code        text NOT NULL DEFAULT '',
  -- Every prefix (2, 4, 6, 8, 10 digits) of every line's HS code: the nomenclature filter is one
  -- GIN lookup whatever precision the user types.
  hs_prefixes         text[] NOT NULL DEFAULT '{}',
  origin_country      text,
  data                jsonb NOT NULL DEFAULT '{}',
  state               text NOT NULL,
  state_changed_at    timestamptz NOT NULL,
  submitted_at        timestamptz NOT NULL,
  channel             text NOT NULL DEFAULT 'api' CHECK (channel IN ('api', 'portail', 'demo')),
  api_client_id       text,
  -- Processing (issue 5): assignment, optimistic concurrency, SLA clock with pauses.
  assignee_user_id    int REFERENCES app_user(id),
  version             int NOT NULL DEFAULT 1,
  sla_due_at          timestamptz,
  sla_paused_at       timestamptz,
  sla_paused_seconds  bigint NOT NULL DEFAULT 0,
  -- « Avis » column: a summary of the opinions (en_attente, favorable, defavorable, reserve,
  -- conforme, non_conforme, conforme_reserve, partagé) kept by whoever records an opinion.
  opinion_summary     text,
  decision_number     text UNIQUE,
  decision_outcome    text CHECK (decision_outcome IN ('acceptee', 'rejetee')),
  decided_at          timestamptz,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL
);
-- Keyset indexes, one per list column (ascending; scanned backwards for descending sorts).
CREATE INDEX dossier_list_submitted ON dossier (procedure_code, submitted_at, id);
CREATE INDEX dossier_list_reference ON dossier (procedure_code, reference, id);
CREATE INDEX dossier_list_category ON dossier (procedure_code, (coalesce(category, '')), id);
CREATE INDEX dossier_list_importer ON dossier (procedure_code, importer_name, id);
CREATE INDEX dossier_list_opinion ON dossier (procedure_code, (coalesce(opinion_summary, '')), id);
CREATE INDEX dossier_list_office ON dossier (procedure_code, (coalesce(customs_office_code, '')), id);
CREATE INDEX dossier_list_goods ON dossier (procedure_code, goods_summary, id);
CREATE INDEX dossier_list_hs ON dossier (procedure_code, main_hs_code, id);
CREATE INDEX dossier_list_decision ON dossier (procedure_code, (coalesce(decision_number, '')), id);
CREATE INDEX dossier_list_state ON dossier (procedure_code, state, id);
-- Filter + default sort (most recent first) for the page's usual filters.
CREATE INDEX dossier_filter_state_submitted ON dossier (procedure_code, state, submitted_at, id);
CREATE INDEX dossier_filter_category_submitted ON dossier (procedure_code, category, submitted_at, id);
CREATE INDEX dossier_filter_office_submitted ON dossier (procedure_code, customs_office_code, submitted_at, id);
CREATE INDEX dossier_filter_ice ON dossier (importer_ice, submitted_at);
CREATE INDEX dossier_filter_operator ON dossier (operator_id, submitted_at);
CREATE INDEX dossier_reference_trgm ON dossier USING gin (reference gin_trgm_ops);
CREATE INDEX dossier_importer_trgm ON dossier USING gin (f_unaccent(lower(importer_name)) gin_trgm_ops);
CREATE INDEX dossier_goods_trgm ON dossier USING gin (f_unaccent(lower(goods_summary)) gin_trgm_ops);
CREATE INDEX dossier_hs_prefixes ON dossier USING gin (hs_prefixes);
-- Work queues (issue 5, dashboard): only open dossiers, so these stay small.
CREATE INDEX dossier_open_assignee ON dossier (assignee_user_id, sla_due_at)
  WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis');
CREATE INDEX dossier_open_sla ON dossier (owner_org_id, sla_due_at)
  WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis');

CREATE TABLE dossier_goods_line (
  dossier_id      bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  line_no         smallint NOT NULL,
  hs_code         text NOT NULL,
  description     text NOT NULL,
  quantity        numeric(18, 3) NOT NULL,
  unit_code       text NOT NULL,
  value_amount    numeric(18, 2) NOT NULL,
  currency        text NOT NULL DEFAULT 'MAD',
  origin_country  text,
  data            jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (dossier_id, line_no)
);

-- Files live under DATA_DIR/files/<stored_name> (random name, outside the web root, S29).
CREATE TABLE dossier_document (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id           bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  kind                 text NOT NULL,
  original_name        text NOT NULL,
  stored_name          text NOT NULL UNIQUE,
  media_type           text NOT NULL,
  size_bytes           bigint NOT NULL,
  sha256               text NOT NULL,
  uploaded_at          timestamptz NOT NULL,
  uploaded_by_user_id  int REFERENCES app_user(id),
  uploaded_by_client   text
);
CREATE INDEX dossier_document_dossier_idx ON dossier_document (dossier_id, id);

-- One row per opinion requested from an organisation; filled in when given. round > 1 when an
-- opinion is asked again (after a complement, for instance).
CREATE TABLE dossier_opinion (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id            bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  organisation_id       int NOT NULL REFERENCES organisation(id),
  round                 smallint NOT NULL DEFAULT 1,
  requested_at          timestamptz NOT NULL,
  requested_by_user_id  int REFERENCES app_user(id),
  due_at                timestamptz,
  opinion               text,
  reason_codes          text[] NOT NULL DEFAULT '{}',
  comment               text,
  given_at              timestamptz,
  given_by_user_id      int REFERENCES app_user(id),
  UNIQUE (dossier_id, organisation_id, round)
);
-- Visibility: an organisation asked for an opinion sees the dossier.
CREATE INDEX dossier_opinion_org_idx ON dossier_opinion (organisation_id, dossier_id);
CREATE INDEX dossier_opinion_pending_idx ON dossier_opinion (organisation_id, due_at) WHERE given_at IS NULL;

CREATE TABLE dossier_decision (
  dossier_id          bigint PRIMARY KEY REFERENCES dossier(id) ON DELETE CASCADE,
  number              text NOT NULL UNIQUE,
  outcome             text NOT NULL CHECK (outcome IN ('acceptee', 'rejetee')),
  reason_codes        text[] NOT NULL DEFAULT '{}',
  motivation          text,
  valid_from          date,
  valid_until         date,
  -- Per-line grants (DFD: quantities granted per goods line) and anything procedure-specific.
  details             jsonb NOT NULL DEFAULT '{}',
  decided_at          timestamptz NOT NULL,
  decided_by_user_id  int REFERENCES app_user(id),
  document_id         bigint REFERENCES dossier_document(id)
);

-- History timeline: who, when, what. kind: submitted, state_changed, assigned, opinion_requested,
-- opinion_given, decided, document_added, comment_added, customs_sent, customs_imputed…
CREATE TABLE dossier_event (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id      bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  at              timestamptz NOT NULL,
  kind            text NOT NULL,
  from_state      text,
  to_state        text,
  actor_user_id   int REFERENCES app_user(id),
  actor_org_id    int REFERENCES organisation(id),
  actor_label     text NOT NULL,
  -- false: internal (agents only); true: also shown to the operator through the API.
  public          boolean NOT NULL DEFAULT true,
  details         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX dossier_event_dossier_idx ON dossier_event (dossier_id, at, id);

-- Internal comments between agents; never shown to the operator.
CREATE TABLE dossier_comment (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id       bigint NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
  author_user_id   int NOT NULL REFERENCES app_user(id),
  organisation_id  int NOT NULL REFERENCES organisation(id),
  body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at       timestamptz NOT NULL
);
CREATE INDEX dossier_comment_dossier_idx ON dossier_comment (dossier_id, id);

-- Intake API idempotency: same client + key + body → the stored answer; another body → 409.
CREATE TABLE intake_idempotency (
  client_id     text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  status_code   int NOT NULL,
  response      jsonb NOT NULL,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (client_id, key)
);
