-- Tableau de bord: pre-aggregated counts, exact at every read (ADR 0003).
--
-- Statement-level triggers on dossier and dossier_opinion append signed deltas (+1 for the new
-- version of a dossier, -1 for the old one) to dashboard_delta in the transaction that changes the
-- dossier, whatever code makes the change. Appending never updates a shared row, so writers do not
-- queue behind each other on hot counters. A job folds the deltas into dashboard_rollup every few
-- seconds; a read sums rollup rows AND the still-pending deltas (view dashboard_pending) in one
-- statement, so the figures are exact at the instant of the read, not merely "recent".
--
-- A dossier counts for every organisation that sees it in its lists (dossiers/policy.ts): its
-- owner (is_owner) and each organisation asked for an opinion on it (dashboard_viewer mirrors the
-- distinct (dossier, organisation) pairs of dossier_opinion so a deleted dossier's consulted
-- organisations are still known when its delete trigger runs, whatever the cascade order).

-- Day of submission in Morocco, as the list's submittedFrom / submittedTo filters read it.
CREATE FUNCTION dashboard_day(ts timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT (ts AT TIME ZONE 'Africa/Casablanca')::date $$;

-- HS chapters of a dossier: its 2-digit prefixes, exactly what the list's hsCode=NN filter matches.
CREATE FUNCTION dashboard_chapters(prefixes text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT p ORDER BY p), '{}') FROM unnest(prefixes) p WHERE length(p) = 2 $$;

-- Processing time (submission → decision) as a histogram bucket: hours below one day, half days
-- up to 10 days, days up to 30, then 30–45, 45–60, 60–90, 90–180, 180+ days. Bucket b covers
-- [dashboard_bucket_low(b), dashboard_bucket_low(b + 1)) hours; the web interpolates percentiles
-- inside a bucket.
CREATE FUNCTION dashboard_duration_bucket(submitted timestamptz, decided timestamptz) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN decided IS NULL THEN NULL
      WHEN h < 24 THEN floor(greatest(h, 0))::smallint
      WHEN h < 240 THEN (24 + floor((h - 24) / 12))::smallint
      WHEN h < 720 THEN (42 + floor((h - 240) / 24))::smallint
      WHEN h < 1080 THEN 62::smallint
      WHEN h < 1440 THEN 63::smallint
      WHEN h < 2160 THEN 64::smallint
      WHEN h < 4320 THEN 65::smallint
      ELSE 66::smallint
    END
    FROM (SELECT extract(epoch FROM decided - submitted) / 3600.0 AS h) x
  $$;

CREATE TABLE dashboard_viewer (
  dossier_id  bigint NOT NULL,
  org_id      int NOT NULL,
  PRIMARY KEY (dossier_id, org_id)
);

CREATE TABLE dashboard_delta (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  viewer_org_id   int NOT NULL,
  is_owner        boolean NOT NULL,
  procedure_code  text NOT NULL,
  office          text NOT NULL,
  day             date NOT NULL,
  state           text NOT NULL,
  chapters        text[] NOT NULL,
  assignee        int NOT NULL,
  -- duration bucket when decided, else NULL
  dur             smallint,
  -- 1 decided within the SLA, -1 decided late, 0 otherwise (open, or no deadline)
  sla             smallint NOT NULL,
  sign            smallint NOT NULL
);

-- kind: s = by state (n2 decided within SLA, n3 decided late), o = by customs office (office '*'),
-- c = by HS chapter, d = by processing-time bucket, a = per agent ('<user id>:open|decided',
-- owner rows only). office: a code, '' (none) or '*' (all offices). grain: d = day, m = month
-- (bucket = first day of the month): a period reads whole months from 'm' rows and its ragged
-- edges from 'd' rows.
CREATE TABLE dashboard_rollup (
  viewer_org_id   int NOT NULL,
  is_owner        boolean NOT NULL,
  office          text NOT NULL,
  kind            char(1) NOT NULL,
  grain           char(1) NOT NULL,
  procedure_code  text NOT NULL,
  bucket          date NOT NULL,
  key             text NOT NULL,
  n               int NOT NULL,
  n2              int NOT NULL DEFAULT 0,
  n3              int NOT NULL DEFAULT 0,
  PRIMARY KEY (viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key)
);
CREATE INDEX dashboard_rollup_zero ON dashboard_rollup (viewer_org_id) WHERE n = 0;

-- Bookkeeping of the folding job (one row).
CREATE TABLE dashboard_compaction (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation  bigint NOT NULL DEFAULT 0,
  folded_at   timestamptz
);
INSERT INTO dashboard_compaction DEFAULT VALUES;

-- The rollup rows a delta stands for. Used by the folding job and by every read.
CREATE VIEW dashboard_pending AS
SELECT d.id, d.viewer_org_id, d.is_owner, k.office, k.kind, g.grain, d.procedure_code,
       CASE WHEN g.grain = 'd' THEN d.day ELSE date_trunc('month', d.day)::date END AS bucket,
       k.key, d.sign * k.n AS n, d.sign * k.n2 AS n2, d.sign * k.n3 AS n3
  FROM dashboard_delta d
 CROSS JOIN (VALUES ('d'), ('m')) g(grain)
 CROSS JOIN LATERAL (
   SELECT o.office, 's' AS kind, d.state AS key, 1 AS n,
          CASE WHEN d.sla = 1 THEN 1 ELSE 0 END AS n2, CASE WHEN d.sla = -1 THEN 1 ELSE 0 END AS n3
     FROM (VALUES (d.office), ('*')) o(office)
   UNION ALL
   SELECT '*', 'o', d.office, 1, 0, 0
   UNION ALL
   SELECT o.office, 'c', ch, 1, 0, 0
     FROM unnest(d.chapters) ch CROSS JOIN (VALUES (d.office), ('*')) o(office)
   UNION ALL
   SELECT o.office, 'd', d.dur::text, 1, 0, 0
     FROM (VALUES (d.office), ('*')) o(office) WHERE d.dur IS NOT NULL
   UNION ALL
   SELECT o.office, 'a', d.assignee || CASE WHEN d.state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis')
                                            THEN ':open' ELSE ':decided' END, 1, 0, 0
     FROM (VALUES (d.office), ('*')) o(office)
    WHERE d.is_owner AND d.assignee <> 0
      AND (d.dur IS NOT NULL OR d.state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis'))
 ) k;

-- ---- triggers ----------------------------------------------------------------------------------
-- The column list of the facts below, repeated in each trigger because transition tables are
-- only visible to the trigger function's own statements.

CREATE FUNCTION dashboard_on_dossier_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
  SELECT r.owner_org_id, true, r.procedure_code, coalesce(r.customs_office_code, ''), dashboard_day(r.submitted_at),
         r.state, dashboard_chapters(r.hs_prefixes), coalesce(r.assignee_user_id, 0),
         dashboard_duration_bucket(r.submitted_at, r.decided_at),
         CASE WHEN r.decided_at IS NULL OR r.sla_due_at IS NULL THEN 0 WHEN r.decided_at <= r.sla_due_at THEN 1 ELSE -1 END,
         1
    FROM new_rows r;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_on_dossier_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT o AS old_row, n AS new_row
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.state, o.submitted_at, o.customs_office_code, o.procedure_code, o.owner_org_id, o.hs_prefixes,
            o.assignee_user_id, o.decided_at, o.sla_due_at)
           IS DISTINCT FROM
           (n.state, n.submitted_at, n.customs_office_code, n.procedure_code, n.owner_org_id, n.hs_prefixes,
            n.assignee_user_id, n.decided_at, n.sla_due_at)
  ), versions AS (
    SELECT (old_row).*, -1 AS sign FROM changed
    UNION ALL
    SELECT (new_row).*, 1 AS sign FROM changed
  )
  INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
  SELECT v.org_id, v.is_owner, r.procedure_code, coalesce(r.customs_office_code, ''), dashboard_day(r.submitted_at),
         r.state, dashboard_chapters(r.hs_prefixes), coalesce(r.assignee_user_id, 0),
         dashboard_duration_bucket(r.submitted_at, r.decided_at),
         CASE WHEN r.decided_at IS NULL OR r.sla_due_at IS NULL THEN 0 WHEN r.decided_at <= r.sla_due_at THEN 1 ELSE -1 END,
         r.sign
    FROM versions r
   CROSS JOIN LATERAL (
     SELECT r.owner_org_id AS org_id, true AS is_owner
     UNION ALL
     SELECT dv.org_id, false FROM dashboard_viewer dv WHERE dv.dossier_id = r.id AND dv.org_id <> r.owner_org_id
   ) v;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_on_dossier_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
  SELECT v.org_id, v.is_owner, r.procedure_code, coalesce(r.customs_office_code, ''), dashboard_day(r.submitted_at),
         r.state, dashboard_chapters(r.hs_prefixes), coalesce(r.assignee_user_id, 0),
         dashboard_duration_bucket(r.submitted_at, r.decided_at),
         CASE WHEN r.decided_at IS NULL OR r.sla_due_at IS NULL THEN 0 WHEN r.decided_at <= r.sla_due_at THEN 1 ELSE -1 END,
         -1
    FROM old_rows r
   CROSS JOIN LATERAL (
     SELECT r.owner_org_id AS org_id, true AS is_owner
     UNION ALL
     SELECT dv.org_id, false FROM dashboard_viewer dv WHERE dv.dossier_id = r.id AND dv.org_id <> r.owner_org_id
   ) v;
  DELETE FROM dashboard_viewer dv USING old_rows r WHERE dv.dossier_id = r.id;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_dossier_insert AFTER INSERT ON dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_dossier_insert();
CREATE TRIGGER dashboard_dossier_update AFTER UPDATE ON dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_dossier_update();
CREATE TRIGGER dashboard_dossier_delete AFTER DELETE ON dossier
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_dossier_delete();

-- An organisation newly asked for an opinion starts seeing the dossier: +1 for it.
CREATE FUNCTION dashboard_on_opinion_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH added AS (
    INSERT INTO dashboard_viewer (dossier_id, org_id)
    SELECT DISTINCT r.dossier_id, r.organisation_id FROM new_rows r
    ON CONFLICT DO NOTHING
    RETURNING dossier_id, org_id
  )
  INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
  SELECT a.org_id, false, d.procedure_code, coalesce(d.customs_office_code, ''), dashboard_day(d.submitted_at),
         d.state, dashboard_chapters(d.hs_prefixes), coalesce(d.assignee_user_id, 0),
         dashboard_duration_bucket(d.submitted_at, d.decided_at),
         CASE WHEN d.decided_at IS NULL OR d.sla_due_at IS NULL THEN 0 WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE -1 END,
         1
    FROM added a JOIN dossier d ON d.id = a.dossier_id
   WHERE a.org_id <> d.owner_org_id;
  RETURN NULL;
END $$;

-- An organisation with no opinion row left on a dossier stops seeing it: -1. When the dossier
-- itself is being deleted (cascade) it is gone already and its delete trigger does the work.
CREATE FUNCTION dashboard_on_opinion_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS (
    DELETE FROM dashboard_viewer dv
     USING (SELECT DISTINCT r.dossier_id, r.organisation_id FROM old_rows r) r
     WHERE dv.dossier_id = r.dossier_id AND dv.org_id = r.organisation_id
       AND EXISTS (SELECT 1 FROM dossier d WHERE d.id = r.dossier_id)
       AND NOT EXISTS (SELECT 1 FROM dossier_opinion o WHERE o.dossier_id = r.dossier_id AND o.organisation_id = r.organisation_id)
    RETURNING dv.dossier_id, dv.org_id
  )
  INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
  SELECT g.org_id, false, d.procedure_code, coalesce(d.customs_office_code, ''), dashboard_day(d.submitted_at),
         d.state, dashboard_chapters(d.hs_prefixes), coalesce(d.assignee_user_id, 0),
         dashboard_duration_bucket(d.submitted_at, d.decided_at),
         CASE WHEN d.decided_at IS NULL OR d.sla_due_at IS NULL THEN 0 WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE -1 END,
         -1
    FROM gone g JOIN dossier d ON d.id = g.dossier_id
   WHERE g.org_id <> d.owner_org_id;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_on_opinion_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Moving an opinion row to another dossier or organisation: the old pair may lose its viewer,
  -- the new pair gains one.
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.dossier_id, o.organisation_id) IS DISTINCT FROM (n.dossier_id, n.organisation_id)) THEN
    WITH gone AS (
      DELETE FROM dashboard_viewer dv
       USING (SELECT DISTINCT r.dossier_id, r.organisation_id FROM old_rows r) r
       WHERE dv.dossier_id = r.dossier_id AND dv.org_id = r.organisation_id
         AND NOT EXISTS (SELECT 1 FROM dossier_opinion o WHERE o.dossier_id = r.dossier_id AND o.organisation_id = r.organisation_id)
      RETURNING dv.dossier_id, dv.org_id
    )
    INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
    SELECT g.org_id, false, d.procedure_code, coalesce(d.customs_office_code, ''), dashboard_day(d.submitted_at),
           d.state, dashboard_chapters(d.hs_prefixes), coalesce(d.assignee_user_id, 0),
           dashboard_duration_bucket(d.submitted_at, d.decided_at),
           CASE WHEN d.decided_at IS NULL OR d.sla_due_at IS NULL THEN 0 WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE -1 END,
           -1
      FROM gone g JOIN dossier d ON d.id = g.dossier_id
     WHERE g.org_id <> d.owner_org_id;
    WITH added AS (
      INSERT INTO dashboard_viewer (dossier_id, org_id)
      SELECT DISTINCT r.dossier_id, r.organisation_id FROM new_rows r
      ON CONFLICT DO NOTHING
      RETURNING dossier_id, org_id
    )
    INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
    SELECT a.org_id, false, d.procedure_code, coalesce(d.customs_office_code, ''), dashboard_day(d.submitted_at),
           d.state, dashboard_chapters(d.hs_prefixes), coalesce(d.assignee_user_id, 0),
           dashboard_duration_bucket(d.submitted_at, d.decided_at),
           CASE WHEN d.decided_at IS NULL OR d.sla_due_at IS NULL THEN 0 WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE -1 END,
           1
      FROM added a JOIN dossier d ON d.id = a.dossier_id
     WHERE a.org_id <> d.owner_org_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_opinion_insert AFTER INSERT ON dossier_opinion
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_opinion_insert();
CREATE TRIGGER dashboard_opinion_delete AFTER DELETE ON dossier_opinion
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_opinion_delete();
CREATE TRIGGER dashboard_opinion_update AFTER UPDATE ON dossier_opinion
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_on_opinion_update();

-- Overdue now depends on the clock, not only on rows: counted live over open dossiers with a
-- deadline, which this partial index keeps small.
CREATE INDEX dashboard_open_due ON dossier (procedure_code, sla_due_at)
  INCLUDE (owner_org_id, submitted_at, customs_office_code)
  WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis') AND sla_paused_at IS NULL;
