// Exports of the filtered list: CSV for a French Excel (BOM, `;`), XLSX, both streamed, both safe
// against formula injection, same filters and visibility as the list.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvLine, defuse } from '../../platform/csv.ts';
import { createTestApp, createUser, type SignedIn, signInAs } from '../../test/harness.ts';
import { type ApiCaller, submitDossier } from './intake.ts';
import { createCaller, dfdBody } from './test-support.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let mic: SignedIn;
let caller: ApiCaller;
const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\r=1'];

beforeAll(async () => {
  ctx = await createTestApp();
  mic = await signInAs(ctx, (await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  caller = await createCaller(ctx, "=cmd|' /C calc'!A0");
  for (const [i, f] of FORMULAS.entries()) {
    await submitDossier(
      ctx.deps,
      caller,
      `exp-${i}`,
      dfdBody({
        goods: [{ hsCode: '8418210000', description: `${f}; "quoted"`, quantity: 1, unit: 'u', value: 1 }],
      }),
      '127.0.0.1',
    );
  }
}, 300_000);
afterAll(async () => ctx.close());

describe('CSV helpers', () => {
  it('prefixes formula triggers and quotes separators', () => {
    expect(defuse('=1+1')).toBe("'=1+1");
    expect(defuse('normal')).toBe('normal');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvLine(['-1', 'x'])).toBe("'-1;x\r\n");
  });
});

describe('export', () => {
  it('CSV: UTF-8 BOM, `;`, the guide headers, formula-injection safe', async () => {
    const res = await ctx.app.inject({
      url: '/api/procedures/DFD/dossiers/export.csv?sort=reference&dir=asc',
      headers: mic.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="demandes-dfd-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      "N° d'enregistrement;Catégorie;Importateur;Date de soumission;Avis;Bureau douanier;Marchandise;Nomenclature;Numéro de décision;État",
    );
    expect(lines).toHaveLength(1 + FORMULAS.length);
    for (const line of lines.slice(1)) {
      // Every cell that starts with a formula trigger is prefixed: no cell begins with = + - @ tab CR.
      const cells = line
        .match(/("([^"]|"")*"|[^;]*)(;|$)/g)!
        .map((c) => c.replace(/;$/, '').replace(/^"|"$/g, ''));
      for (const c of cells) expect(c, line).not.toMatch(/^[=+\-@\t\r]/);
      expect(line).toContain("'=cmd|");
    }
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x""); ""quoted"""`);
  });

  it('CSV: applies the list filters', async () => {
    const res = await ctx.app.inject({
      url: '/api/procedures/DFD/dossiers/export.csv?reference=DFD-2026-000001',
      headers: mic.headers,
    });
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1].startsWith('DFD-2026-000001;')).toBe(true);
    // Date de soumission: day and time in Morocco, as a French Excel reads them.
    expect(lines[1].split(';')[3]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const bad = await ctx.app.inject({
      url: '/api/procedures/DFD/dossiers/export.csv?state=pirate',
      headers: mic.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('XLSX: a workbook with the same rows, formula triggers prefixed, no formula cells', async () => {
    const res = await ctx.app.inject({
      url: '/api/procedures/DFD/dossiers/export.xlsx?sort=reference&dir=asc',
      headers: mic.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(1 + FORMULAS.length);
    expect(ws.getRow(1).getCell(1).value).toBe("N° d'enregistrement");
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(String(cell.value)).not.toMatch(/^[=+\-@\t\r]/);
      });
    });
    expect(String(ws.getRow(2).getCell(3).value)).toContain("'=cmd|");
  });
});
