// The signed decision as a PDF (pdfkit): PORTNET header, every datum of the decision, the
// signatory and a QR code leading to the public verification page. Its SHA-256 is stored so the
// verification page can tell whether a copy is the document we issued.
//
// Language: the act is bilingual French / Arabic, as Moroccan administrative acts are. Every label
// is given in French (left, Helvetica) and in Arabic (right-aligned, Amiri); the data — numbers,
// codes, names, dates in French form — are written once, unchanged. Amiri (SIL Open Font Licence
// 1.1) ships as a TrueType file with the npm package @expo-google-fonts/amiri; pdfkit embeds a
// subset of it. fontkit shapes the joining forms and lays a right-to-left run out in visual order,
// but pdfkit has no bidirectional algorithm: a run mixing Arabic with digits or Latin would come out
// in the wrong order. So every Arabic run here is pure Arabic (no digit, no Latin, no data), which
// fontkit alone orders correctly; the data stay in the French column. The Arabic text is checked
// in decision-pdf.test.ts (glyphs mapped back through the font's ToUnicode table).
// The portal pages (dossier, verification) present the same decision in the reader's language.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';

export interface DecisionPdfInput {
  number: string;
  outcome: 'acceptee' | 'rejetee';
  procedureName: string;
  ownerOrgName: string;
  reference: string;
  operator: { name: string; ice: string };
  customsOffice: string | null;
  decidedAt: Date;
  validFrom: string | null;
  validUntil: string | null;
  lines: {
    lineNo: number;
    hsCode: string;
    description: string;
    requested: string;
    unit: string;
    granted: number | null;
  }[];
  reasons: string[];
  motivation: string | null;
  signatory: string;
  verificationUrl: string;
  verificationCode: string;
}

const BLUE = '#0b3d91';
const dateFr = (d: Date | string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(
    typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d,
  );

/**
 * The act's labels, French and Arabic. The Arabic ones must stay pure Arabic (no digit, no Latin
 * letter, no punctuation that pdfkit would place left to right): see the header comment.
 */
export const PDF_LABELS = {
  kingdom: { fr: 'Royaume du Maroc', ar: 'المملكة المغربية' },
  window: {
    fr: 'Guichet unique national des procédures du commerce extérieur',
    ar: 'الشباك الوحيد الوطني لمساطر التجارة الخارجية',
  },
  accepted: { fr: "DÉCISION D'ACCEPTATION", ar: 'مقرر بالقبول' },
  rejected: { fr: 'DÉCISION DE REJET', ar: 'مقرر بالرفض' },
  number: { fr: 'Numéro de décision', ar: 'رقم المقرر' },
  date: { fr: 'Date de la décision', ar: 'تاريخ المقرر' },
  reference: { fr: "N° d'enregistrement", ar: 'رقم التسجيل' },
  importer: { fr: 'Importateur', ar: 'المستورد' },
  customsOffice: { fr: 'Bureau douanier', ar: 'مكتب الجمارك' },
  validity: { fr: 'Validité', ar: 'مدة الصلاحية' },
  goodsGranted: { fr: 'Marchandises et quantités accordées', ar: 'البضائع والكميات الممنوحة' },
  goods: { fr: 'Marchandises', ar: 'البضائع' },
  line: { fr: 'Ligne', ar: 'السطر' },
  hsCode: { fr: 'Nomenclature', ar: 'البند التعريفي' },
  description: { fr: 'Désignation', ar: 'بيان البضاعة' },
  requested: { fr: 'Demandée', ar: 'الكمية المطلوبة' },
  granted: { fr: 'Accordée', ar: 'الكمية الممنوحة' },
  reasons: { fr: 'Motifs du rejet', ar: 'أسباب الرفض' },
  motivation: { fr: 'Motivation', ar: 'التعليل' },
  signatory: { fr: 'Signataire', ar: 'الموقع' },
  chef: { fr: 'Chef de service', ar: 'رئيس المصلحة' },
  signed: { fr: 'Signé électroniquement le', ar: 'موقع إلكترونيا' },
  verify: { fr: 'Vérifiez l’authenticité de cette décision :', ar: 'تحقق من صحة هذا المقرر' },
  code: { fr: 'Code de vérification', ar: 'رمز التحقق' },
} as const;

const LEFT = 50;
const RIGHT = 545;
/** Width of the Arabic label column, right-aligned on the right margin. */
const AR_WIDTH = 130;

/** Amiri's TrueType files, resolved from the npm package (read by pdfkit only when a PDF is made). */
function amiriPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf'),
  };
}

export async function renderDecisionPdf(input: DecisionPdfInput): Promise<{ bytes: Buffer; sha256: string }> {
  const qr = await QRCode.toBuffer(input.verificationUrl, {
    type: 'png',
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  // Loaded on first use: pdfkit and its fonts (Amiri included) weigh ~19 MB of resident memory
  // that a portal process which signs no decision never needs.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Décision n° ${input.number}`,
      Author: input.ownerOrgName,
      Subject: input.procedureName,
      Creator: 'PORTNET — Portail MIC',
      CreationDate: input.decidedAt,
    },
  });
  const amiri = amiriPaths();
  doc.registerFont('Arabic', amiri.regular);
  doc.registerFont('Arabic-Bold', amiri.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  /**
   * A pure-Arabic run, right-aligned in [x, x + width]; the caller sets its Latin font again.
   * `features` (even empty) makes pdfkit hand the whole run to fontkit at once: without it pdfkit
   * lays each space-separated word out alone and puts the words left to right, which reverses the
   * word order of an Arabic phrase and pushes its spaces to the wrong side.
   */
  const arabic = (text: string, x: number, y: number, width: number, bold: boolean, size: number) => {
    doc
      .font(bold ? 'Arabic-Bold' : 'Arabic')
      .fontSize(size)
      .text(text, x, y, { width, align: 'right', lineBreak: false, features: [] });
  };

  // Header band
  doc.rect(0, 0, doc.page.width, 80).fill(BLUE);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(22).text('PORTNET', LEFT, 18);
  doc.font('Helvetica').fontSize(9).text(PDF_LABELS.window.fr, LEFT, 46, { width: 300 });
  arabic(PDF_LABELS.window.ar, LEFT, 56, 300, false, 10);
  doc.font('Helvetica').fontSize(10).text(PDF_LABELS.kingdom.fr, 350, 14, { width: 195, align: 'right' });
  arabic(PDF_LABELS.kingdom.ar, 350, 26, 195, true, 12);
  doc.font('Helvetica').fontSize(10).text(input.ownerOrgName, 350, 50, { width: 195, align: 'right' });

  doc.fillColor('#000000');
  const accepted = input.outcome === 'acceptee';
  const title = accepted ? PDF_LABELS.accepted : PDF_LABELS.rejected;
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(BLUE)
    .text(title.fr, LEFT, 98, { align: 'center', width: RIGHT - LEFT });
  arabic(title.ar, LEFT, 118, (RIGHT - LEFT) / 2 + 40, true, 16);
  doc.fillColor('#000000');
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(input.procedureName, LEFT, 146, { align: 'center', width: RIGHT - LEFT });
  doc.moveDown();

  // One datum per row: French label | value | Arabic label.
  const field = (label: { fr: string; ar: string }, value: string) => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).text(label.fr, LEFT, y, { width: 130 });
    const hLabel = doc.y - y;
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(value, LEFT + 135, y, { width: RIGHT - AR_WIDTH - LEFT - 140 });
    const hValue = doc.y - y;
    arabic(label.ar, RIGHT - AR_WIDTH, y - 3, AR_WIDTH, true, 11);
    doc.x = LEFT;
    doc.y = y + Math.max(hLabel, hValue, 14) + 4;
  };
  field(PDF_LABELS.number, input.number);
  field(PDF_LABELS.date, dateFr(input.decidedAt));
  field(PDF_LABELS.reference, input.reference);
  field(PDF_LABELS.importer, `${input.operator.name} (ICE ${input.operator.ice})`);
  if (input.customsOffice) field(PDF_LABELS.customsOffice, input.customsOffice);
  if (accepted && input.validFrom && input.validUntil)
    field(PDF_LABELS.validity, `du ${dateFr(input.validFrom)} au ${dateFr(input.validUntil)}`);
  doc.moveDown();

  /** A section heading: French on the left, Arabic on the right, on one line. */
  const heading = (label: { fr: string; ar: string }) => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(11).fillColor(BLUE).text(label.fr, LEFT, y, { width: 300 });
    arabic(label.ar, RIGHT - 200, y - 3, 200, true, 12);
    doc.fillColor('#000000');
    doc.x = LEFT;
    doc.y = y + 18;
  };

  if (input.lines.length > 0) {
    heading(accepted ? PDF_LABELS.goodsGranted : PDF_LABELS.goods);
    const cols = [LEFT, 85, 165, 360, 450];
    const head = [
      PDF_LABELS.line,
      PDF_LABELS.hsCode,
      PDF_LABELS.description,
      PDF_LABELS.requested,
      ...(accepted ? [PDF_LABELS.granted] : []),
    ];
    let y = doc.y + 2;
    head.forEach((h, i) => {
      const w = (cols[i + 1] ?? RIGHT) - cols[i]! - 4;
      doc.font('Helvetica-Bold').fontSize(9).text(h.fr, cols[i]!, y, { width: w });
      arabic(h.ar, cols[i]!, y + 11, w, true, 9);
    });
    doc.font('Helvetica').fontSize(9);
    y += 30;
    for (const l of input.lines) {
      const row = [
        String(l.lineNo),
        l.hsCode,
        l.description,
        `${l.requested} ${l.unit}`,
        accepted ? `${l.granted ?? 0} ${l.unit}` : '',
      ];
      const h = Math.max(14, doc.heightOfString(l.description, { width: cols[3]! - cols[2]! - 4 }) + 4);
      row.forEach((v, i) => {
        doc.text(v, cols[i]!, y, { width: (cols[i + 1] ?? RIGHT) - cols[i]! - 4 });
      });
      y += h;
      if (y > 640) {
        doc.addPage();
        y = 60;
      }
    }
    doc.x = LEFT;
    doc.y = y + 6;
    doc.fontSize(11);
  }

  if (input.reasons.length > 0) {
    heading(PDF_LABELS.reasons);
    doc.font('Helvetica').fontSize(11).fillColor('#000000');
    for (const r of input.reasons) doc.text(`• ${r}`, LEFT, doc.y, { width: RIGHT - LEFT });
    doc.moveDown(0.5);
  }
  if (input.motivation) {
    heading(PDF_LABELS.motivation);
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor('#000000')
      .text(input.motivation, LEFT, doc.y, { width: RIGHT - LEFT });
    doc.moveDown(0.5);
  }

  // Signature and verification block (kept together at the bottom of the last page).
  if (doc.y > 590) doc.addPage();
  const top = Math.max(doc.y + 20, 600);
  doc.font('Helvetica-Bold').fontSize(11).text(PDF_LABELS.signatory.fr, LEFT, top);
  arabic(PDF_LABELS.signatory.ar, 290, top - 3, 125, true, 12);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(input.signatory, LEFT, top + 16);
  doc.text(PDF_LABELS.chef.fr, LEFT, top + 30);
  arabic(PDF_LABELS.chef.ar, 290, top + 27, 125, false, 11);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${PDF_LABELS.signed.fr} ${dateFr(input.decidedAt)}`, LEFT, top + 44, { width: 240 });
  arabic(PDF_LABELS.signed.ar, 290, top + 41, 125, false, 11);
  doc.image(qr, 430, top - 6, { width: 115 });
  doc.font('Helvetica').fontSize(8).fillColor('#333333');
  doc.text(PDF_LABELS.verify.fr, LEFT, top + 74, { width: 240 });
  arabic(PDF_LABELS.verify.ar, 290, top + 70, 125, false, 10);
  doc.font('Helvetica').fontSize(8);
  doc.text(input.verificationUrl, LEFT, top + 88, {
    width: 365,
    link: input.verificationUrl,
    underline: true,
  });
  doc.text(`${PDF_LABELS.code.fr} : ${input.verificationCode}`, LEFT, top + 112, { width: 240 });
  arabic(PDF_LABELS.code.ar, 290, top + 108, 125, false, 10);
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
