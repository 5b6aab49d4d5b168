// Streamed exports of the filtered list: keyset batches of 1,000 rows read one after the other,
// so memory stays flat whatever the number of rows. CSV for a French Excel (csv.ts); XLSX through
// exceljs's streaming writer. Both columns and labels come from the procedure definition.
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import {
  type DossierState,
  type ListColumn,
  label,
  OPINION_LABELS_FR,
  type ProcedureDefinition,
  type SessionUser,
  STATE_LABELS_FR,
} from '@portail/contracts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import { CSV_BOM, csvLine, defuse } from '../../platform/csv.ts';
import type { AppDeps } from '../../platform/deps.ts';
import * as repo from './repo.ts';
import { type ListFilterParams, listScope } from './service.ts';

const BATCH = 1000;

/**
 * One batch of the export in keyset order: the list's WHERE and ORDER BY (same indexes), but
 * every cell is text built by PostgreSQL — dates formatted in Morocco's time zone by to_char,
 * importer and customs office joined — so Node parses no timestamp and builds no intermediate
 * object per row (measured: the list's row presenter plus Intl date formatting cost ~20 µs a row,
 * more than the rest of the export together).
 */
function exportPageQuery(
  where: SqlFragment[],
  sort: ListColumn,
  dir: 'asc' | 'desc',
  after?: repo.KeysetPosition,
): SqlFragment {
  const expr = repo.SORT_EXPR[sort];
  const cast = sort === 'submittedAt' ? 'timestamptz' : 'text';
  const op = dir === 'desc' ? '<' : '>';
  const order = dir === 'desc' ? 'DESC' : 'ASC';
  const conditions = [...where];
  if (after)
    conditions.push(
      sql`(${sql.raw(expr)}, d.id) ${sql.raw(op)} (${after.value}::${sql.raw(cast)}, ${after.id}::bigint)`,
    );
  return sql`
    SELECT d.id, (${sql.raw(expr)})::text AS sort_value, d.reference, d.category,
           d.importer_name || ' (ICE ' || d.importer_ice || ')' AS importer,
           to_char(d.submitted_at AT TIME ZONE 'Africa/Casablanca', 'DD/MM/YYYY HH24:MI') AS submitted_at,
           d.opinion_summary, d.customs_office_code || coalesce(' — ' || co.name, '') AS customs_office,
           d.goods_summary, d.main_hs_code, d.decision_number, d.state
      FROM dossier d LEFT JOIN customs_office co ON co.code = d.customs_office_code
     ${sql.where(conditions)}
     ORDER BY ${sql.raw(expr)} ${sql.raw(order)}, d.id ${sql.raw(order)}
     LIMIT ${BATCH}`;
}

interface ExportRow {
  id: number;
  sort_value: string;
  reference: string;
  category: string | null;
  importer: string;
  submitted_at: string;
  opinion_summary: string | null;
  customs_office: string | null;
  goods_summary: string;
  main_hs_code: string;
  decision_number: string | null;
  state: string;
}

/** Cell texts of one row, in the definition's column order, labels in the reader's language. */
function rowFormatter(def: ProcedureDefinition, lang: string, columns: ListColumn[]) {
  const categories = new Map(def.categories.map((c) => [c.code, label(c.label, lang)]));
  const cell: Record<ListColumn, (r: ExportRow) => string> = {
    reference: (r) => r.reference,
    category: (r) => (r.category === null ? '' : (categories.get(r.category) ?? r.category)),
    importer: (r) => r.importer,
    submittedAt: (r) => r.submitted_at,
    opinion: (r) => (r.opinion_summary ? (OPINION_LABELS_FR[r.opinion_summary] ?? r.opinion_summary) : ''),
    customsOffice: (r) => r.customs_office ?? '',
    goods: (r) => r.goods_summary,
    hsCode: (r) => r.main_hs_code,
    decisionNumber: (r) => r.decision_number ?? '',
    state: (r) => STATE_LABELS_FR[r.state as DossierState] ?? r.state,
  };
  const cells = columns.map((c) => cell[c]);
  return (r: ExportRow) => cells.map((f) => f(r));
}

export interface ExportRequest {
  filters: ListFilterParams;
  sort: ListColumn;
  dir: 'asc' | 'desc';
}

/**
 * Rows of the export, batch by batch (each batch one keyset query). The query for the next batch
 * is sent as soon as the current one arrives — its last row is the next cursor — so the database
 * works while this batch is formatted and written (on a server, two pool connections at most).
 */
async function* exportBatches(deps: AppDeps, user: SessionUser, code: string, req: ExportRequest) {
  const { procedure, where } = await listScope(deps, user, code, req.filters);
  const def = procedure.definition;
  const columns = def.listColumns.map((c) => c.key);
  const format = rowFormatter(def, user.locale, columns);
  const headers = def.listColumns.map((c) => label(c.label, user.locale));
  yield { headers, rows: [] as string[][] };
  const fetch = (after?: repo.KeysetPosition) =>
    deps.db.query<ExportRow>(exportPageQuery(where, req.sort, req.dir, after));
  let pending: Promise<ExportRow[]> | null = fetch();
  while (pending) {
    const rows: ExportRow[] = await pending;
    const last = rows[rows.length - 1];
    pending = rows.length === BATCH ? fetch({ value: last.sort_value, id: Number(last.id) }) : null;
    // An abandoned download must not leave a rejected prefetch unobserved.
    pending?.catch(() => {});
    if (rows.length > 0) yield { headers, rows: rows.map(format) };
  }
}

/** Starts the export (scope and filters are checked before the first byte) and returns a stream. */
export async function exportCsv(
  deps: AppDeps,
  user: SessionUser,
  code: string,
  req: ExportRequest,
): Promise<Readable> {
  const batches = exportBatches(deps, user, code, req);
  const first = await batches.next(); // throws here (400/404) before any header is sent
  const head = first.value!;
  async function* lines() {
    yield CSV_BOM + csvLine(head.headers);
    for await (const b of batches) {
      if (b.rows.length > 0) yield b.rows.map(csvLine).join('');
    }
  }
  return Readable.from(lines());
}

export async function exportXlsx(
  deps: AppDeps,
  user: SessionUser,
  code: string,
  req: ExportRequest,
): Promise<Readable> {
  const batches = exportBatches(deps, user, code, req);
  const first = await batches.next();
  const head = first.value!;
  // Loaded on first XLSX export: exceljs weighs ~18 MB of resident memory.
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Demandes');
  void (async () => {
    try {
      ws.addRow(head.headers).commit();
      for await (const b of batches) {
        // Text cells are never formulas in XLSX, but a copy-paste or a CSV re-save would make them
        // live again: the same apostrophe prefix as the CSV.
        for (const r of b.rows) ws.addRow(r.map(defuse)).commit();
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      ws.commit();
      await wb.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
