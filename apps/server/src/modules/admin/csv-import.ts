// Parses an uploaded CSV of HS codes: `code;libellé` (or comma-separated), UTF-8 with or without
// BOM, a header line optional, quoted fields allowed. Returns rows or per-line French errors.
// With a header line naming them, two optional columns carry the Arabic and English labels:
// `code;label_fr;label_ar;label_en` (any order, either translation alone). An empty cell there
// removes that translation; a file without the column leaves the translations as they were.

export interface CsvLineError {
  line: number;
  message: string;
}

/** Splits CSV text into records (RFC 4180 quoting), detecting `;` or `,` from the first line. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export interface HsCsvRow {
  line: number;
  code: string;
  labelFr: string;
  /** undefined: no such column in the file (translation left as it is); null: empty cell. */
  labelAr?: string | null;
  labelEn?: string | null;
}

const HS_CODE = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;
const ARABIC = /[\u0600-\u06FF]/;

type Column = 'code' | 'fr' | 'ar' | 'en';
/** Header names accepted for each column (compared without accents, case or spaces). */
const HEADER_NAMES: Record<string, Column> = {
  code: 'code',
  libelle: 'fr',
  label: 'fr',
  label_fr: 'fr',
  libelle_fr: 'fr',
  label_ar: 'ar',
  libelle_ar: 'ar',
  label_en: 'en',
  libelle_en: 'en',
};
const headerKey = (f: string) =>
  f
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * The columns of the file: positional `code ; libellé` without a header or with a two-column one
 * (whatever its names, as before translations existed); by name when a header has more columns.
 */
function columnsOf(records: string[][]): { columns: Column[]; header: boolean; error?: string } {
  const first = (records[0] ?? []).map((f) => f.trim());
  const header = first.length > 0 && !/^\d/.test(first[0] ?? '');
  if (!header || first.length <= 2) return { columns: ['code', 'fr'], header };
  const columns: Column[] = [];
  for (const name of first) {
    const c = HEADER_NAMES[headerKey(name)];
    if (!c)
      return {
        columns,
        header,
        error: `colonne « ${name} » inconnue : colonnes attendues code, label_fr (ou libellé), label_ar, label_en`,
      };
    if (columns.includes(c)) return { columns, header, error: `colonne « ${name} » en double` };
    columns.push(c);
  }
  if (!columns.includes('code') || !columns.includes('fr'))
    return { columns, header, error: 'colonnes code et label_fr (ou libellé) obligatoires' };
  return { columns, header };
}

/** The codes of the file's data lines (digits only), to look their parents up before validating. */
export function csvCodes(records: string[][]): string[] {
  const { columns, header } = columnsOf(records);
  const i = Math.max(columns.indexOf('code'), 0);
  return records
    .slice(header ? 1 : 0)
    .map((r) => (r[i] ?? '').trim().replace(/[.\s]/g, ''))
    .filter((c) => /^\d+$/.test(c));
}

/** Validates the records; `knownCodes` answers whether a parent code already exists in the database. */
export function validateHsRecords(
  records: string[][],
  knownCodes: Set<string>,
): { rows: HsCsvRow[]; errors: CsvLineError[] } {
  const rows: HsCsvRow[] = [];
  const errors: CsvLineError[] = [];
  const seen = new Map<string, number>();
  const { columns, header, error } = columnsOf(records);
  if (error) return { rows, errors: [{ line: 1, message: error }] };
  const at = (rec: string[], c: Column) => {
    const i = columns.indexOf(c);
    return i < 0 ? undefined : (rec[i] ?? '').trim();
  };
  records.forEach((rec, index) => {
    const line = index + 1;
    if (rec.every((f) => f.trim() === '')) return; // blank line
    if (index === 0 && header) return;
    const rawCode = at(rec, 'code') ?? '';
    const rawLabel = at(rec, 'fr') ?? '';
    const code = rawCode.replace(/[.\s]/g, '');
    if (!HS_CODE.test(code)) {
      errors.push({ line, message: `code « ${rawCode} » invalide : 2, 4, 6 ou 10 chiffres attendus` });
      return;
    }
    if (rawLabel === '') errors.push({ line, message: `libellé manquant pour le code ${code}` });
    else if (rawLabel.length > 500)
      errors.push({ line, message: `libellé trop long pour le code ${code} (500 caractères au plus)` });
    const labelAr = at(rec, 'ar');
    const labelEn = at(rec, 'en');
    if (labelAr && labelAr.length > 500)
      errors.push({ line, message: `libellé arabe trop long pour le code ${code} (500 caractères au plus)` });
    else if (labelAr && !ARABIC.test(labelAr))
      errors.push({
        line,
        message: `libellé arabe du code ${code} sans lettre arabe (colonnes inversées ?)`,
      });
    if (labelEn && labelEn.length > 500)
      errors.push({
        line,
        message: `libellé anglais trop long pour le code ${code} (500 caractères au plus)`,
      });
    if (rec.slice(columns.length).some((f) => f.trim() !== ''))
      errors.push({
        line,
        message:
          columns.length === 2
            ? 'colonnes en trop : deux colonnes attendues (code ; libellé), ou nommez-les sur une ligne d’en-tête (code ; label_fr ; label_ar ; label_en)'
            : `colonnes en trop : ${columns.length} colonnes attendues`,
      });
    const dup = seen.get(code);
    if (dup !== undefined) errors.push({ line, message: `code ${code} déjà présent à la ligne ${dup}` });
    seen.set(code, line);
    rows.push({
      line,
      code,
      labelFr: rawLabel,
      ...(labelAr === undefined ? {} : { labelAr: labelAr || null }),
      ...(labelEn === undefined ? {} : { labelEn: labelEn || null }),
    });
  });
  const inFile = new Set(rows.map((r) => r.code));
  for (const r of rows) {
    if (r.code.length === 2) continue;
    const parent = r.code.length === 10 ? r.code.slice(0, 6) : r.code.slice(0, r.code.length - 2);
    // A tariff line may hang directly under its heading when the subheading is not listed.
    const parents = r.code.length === 10 ? [parent, r.code.slice(0, 4)] : [parent];
    if (!parents.some((p) => inFile.has(p) || knownCodes.has(p))) {
      errors.push({
        line: r.line,
        message: `code ${r.code} : position parente ${parents.join(' ou ')} inconnue`,
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

/** Every parent a set of codes may refer to (to look them up in one query). */
export function parentCodes(codes: string[]): string[] {
  const out = new Set<string>();
  for (const c of codes) for (let n = 2; n < c.length; n += 2) out.add(c.slice(0, n));
  return [...out];
}
