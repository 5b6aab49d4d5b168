// Streamed exports of the filtered list: keyset batches of 1,000 rows read one after the other,
// so memory stays flat whatever the number of rows. CSV for a French Excel (csv.ts); XLSX through
// exceljs's streaming writer. Both columns and labels come from the procedure definition.
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { ListColumn, ProcedureDefinition, SessionUser } from '@portail/contracts';
import ExcelJS from 'exceljs';
import { CSV_BOM, csvLine, defuse } from '../../platform/csv.ts';
import type { AppDeps } from '../../platform/deps.ts';
import * as repo from './repo.ts';
import { type ListFilterParams, listScope, presentListRow } from './service.ts';

const BATCH = 1000;

const dateFr = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Africa/Casablanca',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function cellValues(def: ProcedureDefinition, row: repo.ListRow, columns: ListColumn[]): string[] {
  const p = presentListRow(def, row);
  const v: Record<ListColumn, string> = {
    reference: p.reference,
    category: p.category?.label ?? '',
    importer: `${p.importer.name} (ICE ${p.importer.ice})`,
    submittedAt: dateFr.format(new Date(p.submittedAt)),
    opinion: p.opinion?.label ?? '',
    customsOffice: p.customsOffice ? `${p.customsOffice.code} — ${p.customsOffice.label}` : '',
    goods: p.goods,
    hsCode: p.hsCode,
    decisionNumber: p.decisionNumber ?? '',
    state: p.state.label,
  };
  return columns.map((c) => v[c]);
}

export interface ExportRequest {
  filters: ListFilterParams;
  sort: ListColumn;
  dir: 'asc' | 'desc';
}

/** Rows of the export, batch by batch (each batch one keyset query). */
async function* exportBatches(deps: AppDeps, user: SessionUser, code: string, req: ExportRequest) {
  const { procedure, where } = await listScope(deps, user, code, req.filters);
  const def = procedure.definition;
  const columns = def.listColumns.map((c) => c.key);
  yield { def, columns, rows: [] as string[][] };
  let after: repo.KeysetPosition | undefined;
  for (;;) {
    const rows = await deps.db.query<repo.ListRow>(
      repo.listPageQuery({ where, sort: req.sort, dir: req.dir, after, limit: BATCH }),
    );
    if (rows.length === 0) return;
    yield { def, columns, rows: rows.map((r) => cellValues(def, r, columns)) };
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = { value: last.sort_value, id: Number(last.id) };
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
    yield CSV_BOM + csvLine(head.def.listColumns.map((c) => c.label.fr));
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
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Demandes');
  void (async () => {
    try {
      ws.addRow(head.def.listColumns.map((c) => c.label.fr)).commit();
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
