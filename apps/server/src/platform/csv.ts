// CSV for a French Excel: UTF-8 with a BOM (else accents break), `;` as separator (Excel's list
// separator in fr-FR), CRLF line ends, fields quoted when needed. Cells that a spreadsheet would
// read as a formula (= + - @, tab, CR) are prefixed with an apostrophe (OWASP CSV injection).

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formula triggers; used for CSV and XLSX alike. */
export function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | null | undefined): string {
  const v = defuse(value ?? '');
  return /[";\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export const csvLine = (fields: (string | null | undefined)[]): string =>
  `${fields.map(csvField).join(';')}\r\n`;
