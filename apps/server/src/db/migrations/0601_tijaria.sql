-- TijarIA (guide, section V): the knowledge base it retrieves from, the conversations of
-- « Historique TijarIA » and the feedback on each answer.

-- Passages: one row per guide section, FAQ entry and procedure facet (overview, documents, fields,
-- states). Rebuilt at start when the sources' content hash changes (tijaria_kb_version), so the
-- table is derived data: it can always be dropped and rebuilt from the sources.
CREATE TABLE tijaria_passage (
  id              int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_kind     text NOT NULL CHECK (source_kind IN ('guide', 'faq', 'procedure')),
  -- Stable key of the source: guide:<anchor>, faq:<id>, procedure:<CODE>:<facet>.
  source_key      text NOT NULL UNIQUE,
  title           text NOT NULL,
  body            text NOT NULL,
  -- Where the citation links to (a page of the portal, with its anchor).
  url             text NOT NULL,
  procedure_code  text,
  -- Title weighs more than body; french_unaccent stems and ignores accents.
  search          tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french_unaccent', title), 'A') ||
                    setweight(to_tsvector('french_unaccent', body), 'B')) STORED,
  -- The title alone: a question whose rare words are in a title is most likely about it.
  title_search    tsvector GENERATED ALWAYS AS (to_tsvector('french_unaccent', title)) STORED
);
CREATE INDEX tijaria_passage_search_idx ON tijaria_passage USING gin (search);
-- Misspelling fallback (« mot de pase », « francise ») when full text finds nothing.
CREATE INDEX tijaria_passage_title_trgm ON tijaria_passage USING gin (f_unaccent(lower(title)) gin_trgm_ops);

CREATE TABLE tijaria_kb_version (
  id            int PRIMARY KEY CHECK (id = 1),
  content_hash  text NOT NULL,
  passages      int NOT NULL,
  built_at      timestamptz NOT NULL
);

CREATE TABLE tijaria_conversation (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
-- « Historique TijarIA »: the owner's conversations, most recent first.
CREATE INDEX tijaria_conversation_user_idx ON tijaria_conversation (user_id, updated_at DESC, id DESC);
-- Retention job: conversations untouched for TIJARIA_RETENTION_DAYS.
CREATE INDEX tijaria_conversation_updated_idx ON tijaria_conversation (updated_at);

CREATE TABLE tijaria_message (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id  bigint NOT NULL REFERENCES tijaria_conversation(id) ON DELETE CASCADE,
  role             text NOT NULL CHECK (role IN ('user', 'assistant')),
  content          text NOT NULL,
  -- Cited sources [{ kind, key, title, url }], shown as links and kept for evaluation.
  sources          jsonb NOT NULL DEFAULT '[]',
  intent           text,
  mode             text CHECK (mode IN ('embedded', 'llm')),
  -- stopped: the user pressed « Arrêter »; no_answer: nothing relevant was found.
  status           text NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'stopped', 'no_answer')),
  lang             text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'ar', 'en')),
  created_at       timestamptz NOT NULL
);
CREATE INDEX tijaria_message_conversation_idx ON tijaria_message (conversation_id, id);

-- « Utile / pas utile »: kept after the conversation is deleted (message_id becomes NULL) with the
-- intent and the sources it cited, so answer quality can still be measured; never the question.
CREATE TABLE tijaria_feedback (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id  bigint UNIQUE REFERENCES tijaria_message(id) ON DELETE SET NULL,
  user_id     int REFERENCES app_user(id) ON DELETE SET NULL,
  useful      boolean NOT NULL,
  reason      text CHECK (reason IS NULL OR length(reason) <= 500),
  intent      text,
  mode        text,
  sources     jsonb NOT NULL DEFAULT '[]',
  created_at  timestamptz NOT NULL
);
CREATE INDEX tijaria_feedback_useful_idx ON tijaria_feedback (useful, created_at);

-- Every word of the passages (unaccented, lower case): the misspelling fallback corrects a word of
-- the question to its nearest known word by trigram similarity before searching again.
CREATE TABLE tijaria_lexicon (
  word  text PRIMARY KEY
);
CREATE INDEX tijaria_lexicon_trgm ON tijaria_lexicon USING gin (word gin_trgm_ops);
