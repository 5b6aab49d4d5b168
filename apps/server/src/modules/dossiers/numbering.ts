// Reference and decision numbers: `DFD-{YYYY}-{NNNNNN}` → DFD-2026-000123. The counter row is
// incremented inside the caller's transaction, so numbers are gapless: a rolled-back submission
// releases its number, and concurrent submissions queue on the row lock for the time of one
// transaction only.
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface NumberFormat {
  prefix: string;
  width: number;
  suffix: string;
}

/** Splits a template around its {N…} run once the year is known. */
export function numberFormat(template: string, year: number): NumberFormat {
  const withYear = template.replaceAll('{YYYY}', String(year));
  const m = /\{(N+)\}/.exec(withYear);
  if (!m) throw new Error(`format de numérotation sans {N…} : ${template}`);
  return {
    prefix: withYear.slice(0, m.index),
    width: m[1].length,
    suffix: withYear.slice(m.index + m[0].length),
  };
}

export const formatNumber = (f: NumberFormat, n: number): string =>
  `${f.prefix}${String(n).padStart(f.width, '0')}${f.suffix}`;

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const CASABLANCA_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', year: 'numeric' });

/** Moroccan civil year of an instant (Africa/Casablanca is UTC+1 or UTC+0: the year changes at
 * midnight local, which differs from UTC by at most an hour). */
export function localYear(at: Date): number {
  return Number(CASABLANCA_YEAR.format(at));
}

export async function nextNumber(tx: Db, scope: string, year: number): Promise<number> {
  const row = await tx.one<{ last_value: number }>(sql`
    INSERT INTO numbering_counter (scope, year, last_value) VALUES (${scope}, ${year}, 1)
    ON CONFLICT (scope, year) DO UPDATE SET last_value = numbering_counter.last_value + 1
    RETURNING last_value`);
  return row!.last_value;
}

/** The next formatted number for a scope (`dossier:DFD`, `decision:DFD`…) in the caller's transaction. */
export async function nextFormatted(tx: Db, scope: string, template: string, at: Date): Promise<string> {
  const year = localYear(at);
  return formatNumber(numberFormat(template, year), await nextNumber(tx, scope, year));
}
