// Realistic volumes, generated inside the database: operators with valid ICE numbers, dossiers
// spread over three years with real HS codes from hs_code, states consistent with their age,
// opinions and decisions consistent with states, history events — in batches of set-based
// INSERT … SELECT over generate_series (no row-by-row round trips). Used by `npm run seed` and,
// with a small count, by the demo seeder.
import type { ProcedureDefinition } from '@portail/contracts';
import type { Catalogue } from '../../../modules/catalogue/service.ts';
import type { Db } from '../../client.ts';
import { sql } from '../../sql.ts';

/** Share of each procedure in generated volumes (DFD first, as in real traffic on the portal). */
const WEIGHTS: Record<string, number> = {
  DFD: 35,
  LI: 14,
  COC: 15,
  LE: 7,
  SPS: 9,
  AIPS: 5,
  AET: 5,
  DIC: 4,
  CITES: 2,
  VEF: 4,
};

/** HS chapters each procedure's goods come from. */
const CHAPTERS: Record<string, string[]> = {
  DFD: [],
  LI: ['84', '85', '87', '39', '72', '73', '40'],
  COC: ['85', '95', '61', '62', '40', '69', '70', '94', '64', '84'],
  LE: ['25', '31', '07', '08', '03', '72', '74', '76'],
  SPS: ['07', '08', '03', '16', '15', '09'],
  AIPS: ['30', '90'],
  AET: ['85'],
  DIC: ['10', '12'],
  CITES: ['01', '03', '06', '44'],
  VEF: ['37', '49'],
};

const BATCH = 50_000;

export interface GenerateOptions {
  count: number;
  now: Date;
  /** log progress (CLI) */
  onProgress?: (done: number, total: number) => void;
  /** drop and rebuild the dossier indexes around the load (large counts) */
  rebuildIndexes?: boolean;
}

function refParts(template: string): { before: string; width: number; after: string } {
  const m = /\{(N+)\}/.exec(template)!;
  return {
    before: template.slice(0, m.index),
    width: m[1].length,
    after: template.slice(m.index + m[0].length),
  };
}

async function prepareProcedures(db: Db, cat: Catalogue): Promise<void> {
  const procs = cat.list.filter((p) => WEIGHTS[p.code]);
  const total = procs.reduce((s, p) => s + WEIGHTS[p.code], 0);
  let acc = 0;
  const rows = procs.map((p) => {
    const d: ProcedureDefinition = p.definition;
    const lo = acc / total;
    acc += WEIGHTS[p.code];
    const ref = refParts(d.referenceFormat);
    const dec = refParts(d.decisionNumberFormat);
    return {
      code: p.code,
      lo,
      hi: acc / total,
      version: p.version,
      owner: p.ownerOrgId,
      cats: d.categories.map((c) => c.code),
      opinionOrgs: p.opinionOrgIds,
      customs: d.workflow.states.includes('transmise_douane'),
      vocab: d.opinionVocabulary,
      slaDays: d.sla.unit === 'working_days' ? d.sla.amount : Math.ceil(d.sla.amount / 8),
      refBefore: ref.before,
      refWidth: ref.width,
      refAfter: ref.after,
      decBefore: dec.before,
      decWidth: dec.width,
      decAfter: dec.after,
      chapters: CHAPTERS[p.code] ?? [],
      direction: d.direction,
    };
  });
  // Temporary tables live on one connection: this runs inside each batch's transaction.
  await db.query(sql`DROP TABLE IF EXISTS seed_proc`);
  await db.query(sql`
    CREATE TEMP TABLE seed_proc ON COMMIT DROP AS
    SELECT r.*, ARRAY(SELECT h.code FROM hs_code h WHERE h.level = 10
                        AND (cardinality(r.chapters) = 0 OR left(h.code, 2) = ANY(r.chapters))) AS hs
      FROM jsonb_to_recordset(${sql.json(rows)}) AS r(code text, lo float8, hi float8, version int, owner int,
             cats text[], "opinionOrgs" int[], customs boolean, vocab text, "slaDays" int, "refBefore" text,
             "refWidth" int, "refAfter" text, "decBefore" text, "decWidth" int, "decAfter" text, chapters text[],
             direction text)`);
  // A procedure whose chapters have no 10-digit line in the table falls back to every line.
  await db.query(
    sql`UPDATE seed_proc SET hs = ARRAY(SELECT code FROM hs_code WHERE level = 10) WHERE cardinality(hs) = 0`,
  );
}

/** Operators: Moroccan company names, valid ICE (ice.ts rule), RC, address in a real city. */
export async function generateOperators(db: Db, count: number, now: Date): Promise<void> {
  await db.query(sql`
    WITH base AS (SELECT coalesce(max(id), 0) AS b FROM operator),
    g AS (
      SELECT i, b + i AS k FROM base, generate_series(1, ${count}) AS i
    ),
    v AS (
      SELECT k,
             lpad(((k * 7919 + 100003) % 999999937)::text, 9, '0') || lpad((1 + k % 3)::text, 4, '0') AS ice13,
             (ARRAY['Atlas','Sahara','Maghreb','Al Amal','Oasis','Anfa','Sebou','Tafilalet','Rif','Souss','Doukkala',
                    'Bouregreg','Noor','Al Baraka','Zagora','Medina','Oum Er-Rbia','Tensift','Ifrane','Chaouia'])[1 + k % 20] AS p1,
             (ARRAY['Import Export','Distribution','Agro Industries','Textile','Industries','Trading','Pharma',
                    'Télécom Services','Matériaux','Automobiles','Céréales','Équipements','Emballages','Froid',
                    'Logistique','Électroménager'])[1 + (k / 20) % 16] AS p2,
             (ARRAY['SARL','SA','SARL AU','SNC','SA'])[1 + (k / 320) % 5] AS p3,
             (ARRAY['Casablanca','Tanger','Rabat','Agadir','Fès','Marrakech','Kénitra','Meknès','Oujda','Nador',
                    'El Jadida','Mohammedia','Tétouan','Safi','Laâyoune'])[1 + (k * 7) % 15] AS city
        FROM g
    )
    INSERT INTO operator (ice, raison_sociale, rc, address, city, email, created_at)
    SELECT ice13 || lpad((97 - (ice13::numeric * 100) % 97)::text, 2, '0'),
           p1 || ' ' || p2 || CASE WHEN k > 1600 THEN ' ' || (k / 1600 + 1)::text ELSE '' END || ' ' || p3,
           'RC ' || city || ' ' || (10000 + k * 37 % 490000)::text,
           (1 + k % 250)::text || ', ' || (ARRAY['Boulevard Mohammed V','Rue Ibn Batouta','Avenue Hassan II',
             'Zone industrielle Sidi Bernoussi','Parc industriel Ain Johra','Rue Allal Ben Abdellah',
             'Zone franche Tanger Automotive City','Boulevard Zerktouni','Quartier industriel Ben Msik'])[1 + k % 9],
           city, 'contact' || k || '@operateur.example.ma', ${now}
      FROM v
    ON CONFLICT (ice) DO NOTHING`);
}

/** Dossiers with goods, opinions, decisions and history. Returns how many were inserted. */
export async function generateDossiers(db: Db, cat: Catalogue, options: GenerateOptions): Promise<number> {
  const { count, now } = options;
  const opCount = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM operator`);
  const wantOps = Math.max(150, Math.min(25_000, Math.ceil(count / 40)));
  if ((opCount?.n ?? 0) < wantOps) await generateOperators(db, wantOps - (opCount?.n ?? 0), now);

  let dropped: string[] = [];
  if (options.rebuildIndexes) {
    // Building an index once over the loaded rows is several times faster than maintaining it
    // row by row. Constraint indexes (primary keys, unique) stay.
    const rows = await db.query<{ indexname: string; indexdef: string }>(sql`
      SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.tablename IN ('dossier', 'dossier_event', 'dossier_opinion') AND i.schemaname = current_schema()
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname)))`);
    dropped = rows.map((r) => r.indexdef);
    for (const r of rows) await db.query(sql`DROP INDEX ${sql.raw(`"${r.indexname}"`)}`);
  }
  // The generated rows reference only rows that exist (operators, organisations, offices, codes):
  // a superuser may skip the per-row foreign-key triggers for the load, others keep them.
  const superuser =
    (await db.one<{ s: boolean }>(sql`SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user`))
      ?.s === true;

  const startMs = now.getTime() - 3 * 365 * 86_400_000;
  const spanMs = now.getTime() - startMs - 3_600_000;
  const opIds = await db.one<{ lo: number; hi: number }>(
    sql`SELECT min(id) AS lo, max(id) AS hi FROM operator`,
  );
  let done = 0;
  for (let lo = 1; lo <= count; lo += BATCH) {
    const hi = Math.min(count, lo + BATCH - 1);
    await db.transaction(async (tx) => {
      if (superuser && options.rebuildIndexes)
        await tx.query(sql`SET LOCAL session_replication_role = replica`);
      await prepareProcedures(tx, cat);
      await generateBatch(tx, { lo, hi, count, startMs, spanMs, now, opLo: opIds!.lo, opHi: opIds!.hi });
    });
    done = hi;
    options.onProgress?.(done, count);
  }
  for (const def of dropped) await db.query(sql.raw(def));
  for (const t of [
    'dossier',
    'dossier_goods_line',
    'dossier_opinion',
    'dossier_decision',
    'dossier_event',
    'operator',
  ])
    await db.query(sql`ANALYZE ${sql.raw(t)}`);
  return done;
}

interface BatchInput {
  lo: number;
  hi: number;
  count: number;
  startMs: number;
  spanMs: number;
  now: Date;
  opLo: number;
  opHi: number;
}

async function generateBatch(tx: Db, b: BatchInput): Promise<void> {
  const start = new Date(b.startMs);
  await tx.query(sql`DROP TABLE IF EXISTS seed_b`);
  // 1. the batch's rows: procedure, time (monotonic in i, so numbers follow submission order),
  //    operator, category, goods count and codes, state from the dossier's age.
  await tx.query(sql`
    CREATE TEMP TABLE seed_b ON COMMIT DROP AS
    WITH g AS (
      SELECT i, random() AS rp, random() AS rs, random() AS ro, random() AS rx,
             -- 1 - (1 - u)^0.75: traffic grows over the three years (denser towards today), and
             -- stays monotonic in i so that numbers follow submission order across batches.
             date_trunc('milliseconds', ${start}::timestamptz
               + (1 - power(1 - ((i - 1) + random() * 0.98) / ${b.count}::float8, 0.75)) * ${b.spanMs}::float8
                 * interval '1 millisecond') AS submitted_at
        FROM generate_series(${b.lo}::int, ${b.hi}::int) AS i
    ), p AS (
      SELECT g.*, sp.code, sp.version, sp.owner, sp.cats, sp."opinionOrgs" AS opinion_orgs, sp.customs, sp.vocab,
             sp."slaDays" AS sla_days, sp.direction,
             -- Codes picked here so the 100-element array is not carried through the sorts below.
             sp.hs[1 + floor(random() * cardinality(sp.hs))::int] AS hs1,
             sp.hs[1 + floor(random() * cardinality(sp.hs))::int] AS hs2,
             sp.hs[1 + floor(random() * cardinality(sp.hs))::int] AS hs3, sp."refBefore" AS ref_before, sp."refWidth" AS ref_width,
             sp."refAfter" AS ref_after, sp."decBefore" AS dec_before, sp."decWidth" AS dec_width, sp."decAfter" AS dec_after,
             extract(epoch FROM (${b.now}::timestamptz - g.submitted_at)) / 86400 AS age_days,
             extract(year FROM g.submitted_at AT TIME ZONE 'Africa/Casablanca')::int AS yr
        FROM g JOIN seed_proc sp ON g.rp >= sp.lo AND g.rp < sp.hi
    ), s AS (
      SELECT p.*,
             CASE
               -- Old dossiers are decided, except a few left stuck (what users complain about).
               WHEN (age_days > 30 AND NOT (age_days < 120 AND rx > 0.93)) OR (age_days > 7 AND rs < 0.5) THEN
                 CASE WHEN rs < 0.70 THEN CASE WHEN customs AND age_days > 45 THEN 'imputee'
                                               WHEN customs AND age_days > 10 THEN 'transmise_douane'
                                               ELSE 'acceptee' END
                      WHEN rs < 0.86 THEN 'rejetee'
                      WHEN rs < 0.93 THEN 'annulee'
                      ELSE 'acceptee' END
               WHEN rs < 0.30 THEN 'soumise'
               WHEN rs < 0.58 THEN 'en_instruction'
               WHEN rs < 0.70 THEN 'complement_demande'
               WHEN rs < 0.88 THEN CASE WHEN cardinality(opinion_orgs) > 0 THEN 'attente_avis' ELSE 'en_instruction' END
               ELSE 'acceptee'
             END AS state
        FROM p
    ), r AS (
      SELECT s.*,
             nextval(pg_get_serial_sequence('dossier', 'id')) AS id,
             ${b.opLo}::int + floor(random() * (${b.opHi}::int - ${b.opLo}::int + 1))::int AS operator_id,
             CASE WHEN cardinality(cats) = 0 THEN NULL
                  ELSE cats[1 + floor(power(rx, 1.4) * cardinality(cats))::int] END AS category,
             CASE WHEN ro < 0.6 THEN 1 WHEN ro < 0.9 THEN 2 ELSE 3 END AS n_lines,
             (ARRAY['301','310','301','302','310','304','305','307','311','315','316','317','321','323','306','319'])[1 + floor(random() * 16)::int] AS office,
             (ARRAY['FR','ES','CN','US','DE','IT','TR','EG','PT','GB','SA','AE','IN','BR','NL','BE','CA','AR'])[1 + floor(power(random(), 1.6) * 18)::int] AS origin,
             (ARRAY['BV','TUV','APPLUS','SGS'])[1 + floor(random() * 4)::int] AS body,
             ${b.now}::timestamptz AS now_at,
             random() AS ra, random() AS rb,
             CASE WHEN state IN ('acceptee', 'rejetee', 'transmise_douane', 'imputee') THEN
               least(${b.now}::timestamptz - interval '1 hour',
                     submitted_at + (1 + random() * sla_days * 1.6) * interval '1 day' * CASE WHEN age_days < 3 THEN 0.1 ELSE 1 END)
             END AS decided_at
        FROM s
    ), o AS (
      SELECT r.*,
             CASE WHEN cardinality(opinion_orgs) = 0 OR state NOT IN ('attente_avis', 'acceptee', 'rejetee', 'transmise_douane', 'imputee') THEN NULL
                  WHEN code = 'COC' THEN (SELECT id FROM organisation WHERE organisation.code = r.body)
                  ELSE opinion_orgs[1 + floor(ra * cardinality(opinion_orgs))::int] END AS opinion_org,
             CASE WHEN cardinality(opinion_orgs) = 0 OR state NOT IN ('acceptee', 'rejetee', 'transmise_douane', 'imputee') THEN NULL
                  WHEN state = 'rejetee' THEN CASE WHEN rb < 0.7 THEN CASE vocab WHEN 'conformite' THEN 'non_conforme' ELSE 'defavorable' END
                                                   ELSE CASE vocab WHEN 'conformite' THEN 'conforme_reserve' ELSE 'reserve' END END
                  ELSE CASE WHEN rb < 0.88 THEN CASE vocab WHEN 'conformite' THEN 'conforme' ELSE 'favorable' END
                            ELSE CASE vocab WHEN 'conformite' THEN 'conforme_reserve' ELSE 'reserve' END END
             END AS opinion,
             extract(year FROM decided_at AT TIME ZONE 'Africa/Casablanca')::int AS dec_yr
        FROM r
    )
    -- Gapless numbers: the counters' current value + row number in submission (decision) order.
    SELECT o.*,
           replace(o.ref_before, '{YYYY}', o.yr::text)
             || lpad((coalesce(c.last_value, 0) + row_number() OVER (PARTITION BY o.code, o.yr ORDER BY o.i))::text, o.ref_width, '0')
             || replace(o.ref_after, '{YYYY}', o.yr::text) AS ref,
           CASE WHEN o.decided_at IS NOT NULL THEN
             replace(o.dec_before, '{YYYY}', o.dec_yr::text)
               || lpad((coalesce(dc.last_value, 0) + row_number() OVER (PARTITION BY o.code, o.dec_yr, o.decided_at IS NULL ORDER BY o.decided_at, o.id))::text, o.dec_width, '0')
               || replace(o.dec_after, '{YYYY}', o.dec_yr::text)
           END AS dec_no
      FROM o
      LEFT JOIN numbering_counter c ON c.scope = 'dossier:' || o.code AND c.year = o.yr
      LEFT JOIN numbering_counter dc ON dc.scope = 'decision:' || o.code AND dc.year = o.dec_yr`);
  await tx.query(sql`
    INSERT INTO numbering_counter (scope, year, last_value)
    SELECT 'dossier:' || code, yr, count(*) FROM seed_b GROUP BY code, yr
    ON CONFLICT (scope, year) DO UPDATE SET last_value = numbering_counter.last_value + EXCLUDED.last_value`);
  await tx.query(sql`
    INSERT INTO numbering_counter (scope, year, last_value)
    SELECT 'decision:' || code, dec_yr, count(*) FROM seed_b WHERE decided_at IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (scope, year) DO UPDATE SET last_value = numbering_counter.last_value + EXCLUDED.last_value`);

  // 2. dossiers
  await tx.query(sql`
    INSERT INTO dossier (id, reference, procedure_code, procedure_version, owner_org_id, category, operator_id,
                         importer_name, importer_ice, customs_office_code, goods_summary, main_hs_code, hs_prefixes,
                         origin_country, data, state, state_changed_at, submitted_at, channel, sla_due_at,
                         opinion_summary, decision_number, decision_outcome, decided_at, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT b.id, b.ref, b.code, b.version, b.owner, b.category, b.operator_id, o.raison_sociale, o.ice,
           CASE WHEN b.code = 'VEF' THEN NULL ELSE b.office END,
           left(h1.label_fr, 120) || CASE WHEN b.n_lines > 1 THEN ' (+' || (b.n_lines - 1) || ')' ELSE '' END,
           b.hs1,
           ARRAY(SELECT DISTINCT left(c, n) FROM unnest((ARRAY[b.hs1, b.hs2, b.hs3])[1:b.n_lines]) c, unnest(ARRAY[2,4,6,8,10]) n),
           b.origin,
           CASE b.code
             WHEN 'DFD' THEN jsonb_strip_nulls(jsonb_build_object(
               'provenanceCountry', b.origin, 'invoiceNumber', 'PF-' || to_char(b.submitted_at, 'YYYY') || '-' || (b.i % 9000 + 1000),
               'invoiceDate', to_char(b.submitted_at - interval '12 days', 'YYYY-MM-DD'),
               'transportMode', (ARRAY['maritime','maritime','aerien','routier'])[1 + b.i % 4],
               'accord', CASE WHEN b.category = 'ale' THEN (ARRAY['maroc-ue','maroc-ue','maroc-usa','agadir','maroc-turquie','zlecaf','maroc-aele','maroc-uk'])[1 + b.i % 8] END,
               'quotaReference', CASE WHEN b.category = 'contingent' THEN 'CT-' || b.yr || '-' || lpad((b.i % 60 + 1)::text, 3, '0') END,
               'conventionNumber', CASE WHEN b.category = 'convention' THEN 'CI-' || (b.yr - 1) || '/' || (b.i % 400 + 1) END))
             WHEN 'COC' THEN jsonb_build_object('inspectionBody', b.body, 'inspectionPlace', 'Magasin sous douane — ' || b.office)
             WHEN 'VEF' THEN jsonb_build_object('filmTitle', 'Film ' || b.i, 'durationMinutes', 80 + b.i % 70, 'distributor', o.raison_sociale)
             ELSE CASE WHEN b.direction = 'export' THEN jsonb_build_object('destinationCountry', b.origin) ELSE jsonb_build_object('provenanceCountry', b.origin) END
           END,
           b.state,
           coalesce(b.decided_at + CASE WHEN b.state = 'imputee' THEN interval '6 days' WHEN b.state = 'transmise_douane' THEN interval '1 hour' ELSE interval '0' END,
                    b.submitted_at + interval '5 hours'),
           b.submitted_at, 'demo', b.submitted_at + b.sla_days * interval '1 day' * 1.4,
           CASE WHEN b.opinion_org IS NULL THEN NULL ELSE coalesce(b.opinion, 'en_attente') END,
           b.dec_no,
           CASE WHEN b.decided_at IS NULL THEN NULL WHEN b.state = 'rejetee' THEN 'rejetee' ELSE 'acceptee' END,
           b.decided_at, b.submitted_at, b.now_at
      FROM seed_b b JOIN operator o ON o.id = b.operator_id JOIN hs_code h1 ON h1.code = b.hs1`);
  // 3. goods lines
  await tx.query(sql`
    INSERT INTO dossier_goods_line (dossier_id, line_no, hs_code, description, quantity, unit_code, value_amount, currency, origin_country)
    SELECT b.id, l.n, l.hs, left(h.label_fr, 200),
           round((CASE WHEN left(l.hs, 2) IN ('10', '12') THEN 2000 + random() * 48000 ELSE 1 + random() * 4999 END)::numeric, 3),
           CASE WHEN left(l.hs, 2) IN ('10', '12') THEN 't' WHEN left(l.hs, 2) = '01' THEN 'tete'
                WHEN left(l.hs, 2) IN ('84', '85', '87', '90', '94', '95', '37', '49') THEN 'u' WHEN left(l.hs, 2) = '64' THEN 'paire' ELSE 'kg' END,
           round((5000 + power(random(), 2) * 4995000)::numeric, 2),
           (ARRAY['MAD','EUR','USD','MAD'])[1 + (b.i + l.n) % 4], b.origin
      FROM seed_b b
      CROSS JOIN LATERAL (VALUES (1, b.hs1), (2, b.hs2), (3, b.hs3)) AS l(n, hs)
      JOIN hs_code h ON h.code = l.hs
     WHERE l.n <= b.n_lines AND b.code <> 'VEF' OR (b.code = 'VEF' AND l.n = 1)`);
  // 4. opinions, decisions
  await tx.query(sql`
    INSERT INTO dossier_opinion (dossier_id, organisation_id, round, requested_at, due_at, opinion, reason_codes, given_at)
    SELECT b.id, b.opinion_org, 1, b.submitted_at + interval '1 day', b.submitted_at + interval '4 days', b.opinion,
           CASE WHEN b.opinion IN ('defavorable', 'non_conforme') THEN (SELECT ARRAY[min(code)] FROM reason WHERE kind = 'avis') ELSE '{}' END,
           CASE WHEN b.opinion IS NULL THEN NULL ELSE least(b.decided_at, b.submitted_at + interval '2 days') END
      FROM seed_b b WHERE b.opinion_org IS NOT NULL`);
  await tx.query(sql`
    INSERT INTO dossier_decision (dossier_id, number, outcome, reason_codes, valid_from, valid_until, decided_at)
    SELECT b.id, b.dec_no, CASE WHEN b.state = 'rejetee' THEN 'rejetee' ELSE 'acceptee' END,
           CASE WHEN b.state = 'rejetee' THEN ARRAY[(rej.codes)[1 + b.i % cardinality(rej.codes)]] ELSE '{}' END,
           CASE WHEN b.state = 'rejetee' THEN NULL ELSE (b.decided_at AT TIME ZONE 'Africa/Casablanca')::date END,
           CASE WHEN b.state = 'rejetee' THEN NULL ELSE (b.decided_at AT TIME ZONE 'Africa/Casablanca')::date + 180 END,
           b.decided_at
      FROM seed_b b, (SELECT array_agg(code ORDER BY code) AS codes FROM reason WHERE kind = 'rejet') rej
     WHERE b.decided_at IS NOT NULL`);
  // 5. history: submitted, taken in charge, opinion asked/given, decision, customs, cancellation.
  await tx.query(sql`
    INSERT INTO dossier_event (dossier_id, at, kind, from_state, to_state, actor_label, details)
    SELECT b.id, e.at, e.kind, e.from_state, e.to_state, e.actor, '{}'::jsonb
      FROM seed_b b JOIN operator o ON o.id = b.operator_id JOIN organisation org ON org.id = b.owner
      CROSS JOIN LATERAL (VALUES
        (b.submitted_at, 'submitted', NULL, 'soumise', o.raison_sociale, true),
        (b.submitted_at + interval '3 hours', 'state_changed', 'soumise', 'en_instruction', 'Service instructeur ' || org.code, b.state <> 'soumise'),
        (b.submitted_at + interval '4 hours', 'state_changed', 'en_instruction', 'complement_demande', 'Service instructeur ' || org.code, b.state = 'complement_demande'),
        (b.submitted_at + interval '1 day', 'state_changed', 'en_instruction', 'attente_avis', 'Service instructeur ' || org.code, b.opinion_org IS NOT NULL),
        (b.submitted_at + interval '2 days', 'opinion_given', NULL, NULL, 'Organisme consulté', b.opinion IS NOT NULL),
        (b.decided_at, 'state_changed', CASE WHEN b.opinion_org IS NULL THEN 'en_instruction' ELSE 'attente_avis' END,
           CASE WHEN b.state = 'rejetee' THEN 'rejetee' ELSE 'acceptee' END, 'Chef de service ' || org.code, b.decided_at IS NOT NULL),
        (b.decided_at + interval '1 hour', 'state_changed', 'acceptee', 'transmise_douane', 'PORTNET', b.state IN ('transmise_douane', 'imputee')),
        (b.decided_at + interval '6 days', 'state_changed', 'transmise_douane', 'imputee', 'Douane (BADR)', b.state = 'imputee'),
        (b.submitted_at + interval '2 days', 'state_changed', 'en_instruction', 'annulee', 'Chef de service ' || org.code, b.state = 'annulee')
      ) AS e(at, kind, from_state, to_state, actor, keep)
     WHERE e.keep`);
}
