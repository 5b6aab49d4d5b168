-- Centre d'aide (guide, section V): FAQ with French full-text search, tickets (réclamations) with
-- their messages, attachments, history and SLA, reply templates and in-app notifications.

CREATE TABLE faq_theme (
  code      text PRIMARY KEY CHECK (code ~ '^[a-z0-9_-]{1,40}$'),
  label_fr  text NOT NULL,
  label_ar  text NOT NULL,
  label_en  text NOT NULL,
  position  int NOT NULL
);

CREATE TABLE faq_entry (
  id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme_code  text NOT NULL REFERENCES faq_theme(code),
  question    text NOT NULL,
  answer      text NOT NULL,
  published   boolean NOT NULL DEFAULT true,
  position    int NOT NULL DEFAULT 100,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  int REFERENCES app_user(id),
  -- Question weighs more than answer; french_unaccent stems and ignores accents, so
  -- « reinitialiser mon MFA » matches « Comment réinitialiser le MFA ? ».
  search      tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('french_unaccent', question), 'A') ||
                setweight(to_tsvector('french_unaccent', answer), 'B')) STORED
);
CREATE INDEX faq_entry_search_idx ON faq_entry USING gin (search);
CREATE INDEX faq_entry_theme_idx ON faq_entry (theme_code, position, id);

-- « Cette réponse vous a-t-elle aidé ? »: one row per answer given (anonymous on public pages).
CREATE TABLE faq_feedback (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id    int NOT NULL REFERENCES faq_entry(id) ON DELETE CASCADE,
  helpful     boolean NOT NULL,
  user_id     int REFERENCES app_user(id),
  created_at  timestamptz NOT NULL
);
CREATE INDEX faq_feedback_entry_idx ON faq_feedback (entry_id, helpful);

-- Gapless per-year numbering: the counter row is updated in the ticket's own transaction, so a
-- rolled-back creation gives its number back.
CREATE TABLE ticket_counter (
  year  int PRIMARY KEY,
  last  int NOT NULL
);

CREATE TABLE ticket (
  id                     int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference              text NOT NULL UNIQUE CHECK (reference ~ '^REC-[0-9]{4}-[0-9]{6}$'),
  type                   text NOT NULL CHECK (type IN ('reclamation', 'information', 'incident', 'suggestion', 'contact')),
  service_code           text NOT NULL,
  service_label          text NOT NULL,
  subject                text NOT NULL,
  description            text NOT NULL,
  status                 text NOT NULL CHECK (status IN ('nouvelle', 'en_cours', 'en_attente', 'resolue', 'cloturee')),
  requester_id           int NOT NULL REFERENCES app_user(id),
  requester_org_id       int NOT NULL REFERENCES organisation(id),
  assignee_id            int REFERENCES app_user(id),
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  first_response_due_at  timestamptz NOT NULL,
  first_responded_at     timestamptz,
  resolution_due_at      timestamptz NOT NULL,
  resolved_at            timestamptz,
  closed_at              timestamptz,
  satisfaction_rating    smallint CHECK (satisfaction_rating BETWEEN 1 AND 5),
  satisfaction_comment   text
);
CREATE INDEX ticket_requester_idx ON ticket (requester_id, created_at DESC, id DESC);
CREATE INDEX ticket_org_idx ON ticket (requester_org_id, created_at DESC, id DESC);
CREATE INDEX ticket_queue_idx ON ticket (status, created_at DESC, id DESC);
CREATE INDEX ticket_assignee_idx ON ticket (assignee_id, status);
CREATE INDEX ticket_subject_trgm ON ticket USING gin (f_unaccent(lower(subject)) gin_trgm_ops);

CREATE TABLE ticket_message (
  id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id   int NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
  author_id   int NOT NULL REFERENCES app_user(id),
  body        text NOT NULL,
  -- Internal notes are for support only and never leave the support desk.
  internal    boolean NOT NULL DEFAULT false,
  by_support  boolean NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX ticket_message_ticket_idx ON ticket_message (ticket_id, id);

CREATE TABLE ticket_attachment (
  file_id     uuid PRIMARY KEY REFERENCES stored_file(id),
  ticket_id   int NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
  message_id  int REFERENCES ticket_message(id) ON DELETE CASCADE
);
CREATE INDEX ticket_attachment_ticket_idx ON ticket_attachment (ticket_id);

CREATE TABLE ticket_event (
  id           int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id    int NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
  at           timestamptz NOT NULL,
  actor_id     int REFERENCES app_user(id),
  kind         text NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'rated')),
  from_status  text,
  to_status    text,
  details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);

CREATE TABLE reply_template (
  id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title       text NOT NULL,
  body        text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  position    int NOT NULL DEFAULT 100
);

-- In-app notifications of the Centre d'aide (an answer on one of my tickets).
CREATE TABLE help_notification (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  ticket_id   int NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
  title       text NOT NULL,
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
CREATE INDEX help_notification_user_idx ON help_notification (user_id, id DESC) WHERE read_at IS NULL;

INSERT INTO reply_template (title, body, position) VALUES
  ('Accusé de prise en charge', 'Bonjour,

Nous avons bien reçu votre demande et elle est en cours de traitement par le support PORTNET. Nous revenons vers vous dans les meilleurs délais.

Cordialement,
Le support PORTNET', 10),
  ('Demande de précisions', 'Bonjour,

Afin de traiter votre demande, merci de nous préciser le numéro d''enregistrement du dossier concerné, la date et l''heure approximatives du problème, et de joindre une capture d''écran du message affiché.

Cordialement,
Le support PORTNET', 20),
  ('Réinitialisation MFA effectuée', 'Bonjour,

Votre MFA a été réinitialisé. Lors de votre prochaine connexion, Portnet ID vous demandera d''enregistrer à nouveau votre application d''authentification (scan du QR code puis saisie du premier code).

Cordialement,
Le support PORTNET', 30),
  ('Incident résolu', 'Bonjour,

L''incident que vous avez signalé est résolu. Vous pouvez de nouveau utiliser le service concerné. Si le problème persiste, répondez à ce message ou rouvrez la réclamation depuis Mes réclamations.

Cordialement,
Le support PORTNET', 40);
