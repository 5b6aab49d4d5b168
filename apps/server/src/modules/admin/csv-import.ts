// Parses an uploaded CSV of HS codes: `code;libellé` (or comma-separated), UTF-8 with or without
// BOM, a header line optional, quoted fields allowed. Returns rows or per-line French errors.

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
}

const HS_CODE = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;

/** Validates the records; `knownCodes` answers whether a parent code already exists in the database. */
export function validateHsRecords(
  records: string[][],
  knownCodes: Set<string>,
): { rows: HsCsvRow[]; errors: CsvLineError[] } {
  const rows: HsCsvRow[] = [];
  const errors: CsvLineError[] = [];
  const seen = new Map<string, number>();
  records.forEach((rec, index) => {
    const line = index + 1;
    const [rawCode = '', rawLabel = '', ...rest] = rec.map((f) => f.trim());
    if (rec.every((f) => f.trim() === '')) return; // blank line
    if (index === 0 && !/^\d/.test(rawCode)) return; // header
    const code = rawCode.replace(/[.\s]/g, '');
    if (!HS_CODE.test(code)) {
      errors.push({ line, message: `code « ${rawCode} » invalide : 2, 4, 6 ou 10 chiffres attendus` });
      return;
    }
    if (rawLabel === '') errors.push({ line, message: `libellé manquant pour le code ${code}` });
    else if (rawLabel.length > 500)
      errors.push({ line, message: `libellé trop long pour le code ${code} (500 caractères au plus)` });
    if (rest.some((f) => f !== ''))
      errors.push({ line, message: 'colonnes en trop : deux colonnes attendues (code ; libellé)' });
    const dup = seen.get(code);
    if (dup !== undefined) errors.push({ line, message: `code ${code} déjà présent à la ligne ${dup}` });
    seen.set(code, line);
    rows.push({ line, code, labelFr: rawLabel });
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
