// The bilingual decision PDF: the Arabic labels are really in it, in the Amiri font, in reading
// order. The text is read back from the PDF itself (content streams inflated, glyph codes mapped
// through the embedded font's ToUnicode table), not from the renderer's input.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type DecisionPdfInput, PDF_LABELS, renderDecisionPdf } from './decision-pdf.ts';

const input = (outcome: 'acceptee' | 'rejetee'): DecisionPdfInput => ({
  number: 'FD/2026/000123',
  outcome,
  procedureName: "Autorisation d'importation en franchise",
  ownerOrgName: "Ministère de l'Industrie et du Commerce",
  reference: 'MIC-2026-000042',
  operator: { name: 'ATLAS IMPORT SARL', ice: '001234567000089' },
  customsOffice: 'Casablanca Port',
  decidedAt: new Date('2026-03-04T10:00:00Z'),
  validFrom: '2026-03-04',
  validUntil: '2027-03-03',
  lines: [
    {
      lineNo: 1,
      hsCode: '8471.30.00',
      description: 'Ordinateurs portables',
      requested: '120',
      unit: 'U',
      granted: 100,
    },
  ],
  reasons: outcome === 'rejetee' ? ['Pièce manquante'] : [],
  motivation: null,
  signatory: 'Fatima Zahra El Idrissi',
  verificationUrl: 'http://localhost:3000/verification/ABCD-EFGH-JKLM',
  verificationCode: 'ABCD-EFGH-JKLM',
});

/** The text runs of a pdfkit PDF, one per BT…ET block, with the name of the font they use. */
function textRuns(pdf: Buffer): { font: string; text: string }[] {
  const raw = pdf.toString('latin1');
  // Streams (pdfkit writes « N 0 obj <</Length L /Filter /FlateDecode>> stream »).
  const streams = new Map<number, Buffer>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(m[2]!)?.[1]);
    const start = m.index! + m[0].length;
    const bytes = pdf.subarray(start, start + length);
    streams.set(Number(m[1]), m[2]!.includes('/FlateDecode') ? inflateSync(bytes) : bytes);
  }
  // Embedded (Type0) fonts: base name and glyph → text through their ToUnicode CMap.
  const fonts = new Map<number, { name: string; unicode: Map<number, string> | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<\s*\/Type \/Font\s((?:(?!endobj)[\s\S])*)endobj/g)) {
    const base = /\/BaseFont \/([\w+-]+)/.exec(m[2]!)?.[1] ?? '';
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(m[2]!)?.[1];
    let unicode: Map<number, string> | null = null;
    if (toUnicode) {
      unicode = new Map();
      const cmap = streams.get(Number(toUnicode))!.toString('latin1');
      for (const r of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
        const first = Number.parseInt(r[1]!, 16);
        [...r[2]!.matchAll(/<([0-9a-f]*)>/g)].forEach((u, i) => {
          const hex = u[1]!;
          let s = '';
          for (let k = 0; k < hex.length; k += 4)
            s += String.fromCharCode(Number.parseInt(hex.slice(k, k + 4), 16));
          unicode!.set(first + i, s);
        });
      }
    }
    fonts.set(Number(m[1]), { name: base.replace(/^[A-Z]{6}\+/, ''), unicode });
  }
  const resources = new Map<string, number>();
  for (const m of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) resources.set(m[1]!, Number(m[2]));

  const runs: { font: string; text: string }[] = [];
  for (const stream of streams.values()) {
    const content = stream.toString('latin1');
    if (!content.includes(' Tf')) continue;
    for (const block of content.matchAll(/BT\n([\s\S]*?)\nET/g)) {
      const fontRef = /\/(F\d+) [\d.]+ Tf/.exec(block[1]!)?.[1];
      const font = fonts.get(resources.get(fontRef ?? '') ?? -1);
      if (!font) continue;
      const hex = [...block[1]!.matchAll(/<([0-9a-f]+)>/g)].map((h) => h[1]).join('');
      if (font.unicode) {
        // Identity-H: four hex digits per glyph; the glyphs of a right-to-left run are stored in
        // visual order (left to right), so the reading order is the reverse.
        const glyphs: string[] = [];
        for (let k = 0; k < hex.length; k += 4)
          glyphs.push(font.unicode.get(Number.parseInt(hex.slice(k, k + 4), 16)) ?? '?');
        const rtl = glyphs.some((g) => /[\u0600-\u06ff]/.test(g));
        runs.push({ font: font.name, text: (rtl ? glyphs.reverse() : glyphs).join('') });
      } else {
        // WinAnsi: Latin-1 but for a few punctuation marks (0x92 is the apostrophe ’).
        runs.push({
          font: font.name,
          text: Buffer.from(hex, 'hex').toString('latin1').replace(/\x92/g, '’'),
        });
      }
    }
  }
  return runs;
}

describe('decision PDF (French / Arabic)', () => {
  it('carries every label in French and in Arabic, the Arabic in Amiri and in reading order', async () => {
    const { bytes, sha256 } = await renderDecisionPdf(input('acceptee'));
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+Amiri-Regular/);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+Amiri-Bold/);
    expect(raw).toContain('/FontFile2');

    const runs = textRuns(bytes);
    const arabic = runs.filter((r) => r.font.startsWith('Amiri')).map((r) => r.text);
    const latin = runs.filter((r) => r.font.startsWith('Helvetica')).map((r) => r.text);
    for (const key of [
      'kingdom',
      'accepted',
      'number',
      'date',
      'reference',
      'importer',
      'customsOffice',
      'validity',
      'goodsGranted',
      'signatory',
      'verify',
      'code',
    ] as const) {
      expect(arabic, key).toContain(PDF_LABELS[key].ar);
      expect(
        latin.some((t) => t.startsWith(PDF_LABELS[key].fr)),
        key,
      ).toBe(true);
    }
    expect(arabic).toContain('رقم المقرر');
    // Pure Arabic runs only: data (numbers, references) never go through the Arabic font.
    for (const t of arabic) expect(t).not.toMatch(/[0-9A-Za-z]/);
    // The data are written once, unchanged, in the French column.
    expect(latin).toContain('FD/2026/000123');
    expect(latin).toContain('4 mars 2026');
    expect(latin).toContain('8471.30.00');
  });

  it('a rejection has the Arabic title and reasons heading; the same input gives the same bytes', async () => {
    const first = await renderDecisionPdf(input('rejetee'));
    const arabic = textRuns(first.bytes)
      .filter((r) => r.font.startsWith('Amiri'))
      .map((r) => r.text);
    expect(arabic).toContain('مقرر بالرفض');
    expect(arabic).toContain('أسباب الرفض');
    expect(arabic).not.toContain('مقرر بالقبول');
    expect((await renderDecisionPdf(input('rejetee'))).sha256).toBe(first.sha256);
  });
});
