// The signed decision as a PDF (pdfkit): PORTNET header, every datum of the decision, the
// signatory and a QR code leading to the public verification page. Its SHA-256 is stored so the
// verification page can tell whether a copy is the document we issued.
//
// Language (issue 9, « PDF labels where the font allows »): the act is issued in French only, the
// reference language of the decision that customs receives. Arabic labels are not feasible with
// this renderer as it is: the standard PDF fonts used here (Helvetica, WinAnsi encoding) have no
// Arabic glyphs; an embedded font with Arabic coverage would have to ship with the project (none of
// its packages carries one, and a system font such as DejaVu is not guaranteed on every machine);
// and pdfkit shapes joining forms through fontkit but has no bidirectional algorithm, so a line
// mixing Arabic with numbers or Latin references (« FD/2026/000123 », HS codes, ICE) would come out
// in the wrong order. English-only labels would make a bilingual act the user guide does not show.
// The portal pages (dossier, verification) present the same decision in the reader's language.
import { createHash } from 'node:crypto';
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

export async function renderDecisionPdf(input: DecisionPdfInput): Promise<{ bytes: Buffer; sha256: string }> {
  const qr = await QRCode.toBuffer(input.verificationUrl, {
    type: 'png',
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  // Loaded on first use: pdfkit and its fonts weigh ~19 MB of resident memory that a portal
  // process which signs no decision never needs.
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
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  // Header band
  doc.rect(0, 0, doc.page.width, 80).fill(BLUE);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(22).text('PORTNET', 50, 22);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text('Guichet unique national des procédures du commerce extérieur', 50, 50);
  doc.text('Royaume du Maroc', 350, 28, { width: 195, align: 'right' });
  doc.text(input.ownerOrgName, 350, 42, { width: 195, align: 'right' });

  doc.fillColor('#000000').moveDown(0);
  doc.y = 105;
  doc.x = 50;
  const accepted = input.outcome === 'acceptee';
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(BLUE)
    .text(accepted ? "DÉCISION D'ACCEPTATION" : 'DÉCISION DE REJET', { align: 'center' });
  doc.font('Helvetica').fontSize(11).fillColor('#000000').text(input.procedureName, { align: 'center' });
  doc.moveDown();

  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').text(`${label} : `, { continued: true }).font('Helvetica').text(value);
  };
  field('Numéro de décision', input.number);
  field('Date de la décision', dateFr(input.decidedAt));
  field("N° d'enregistrement", input.reference);
  field('Importateur', `${input.operator.name} (ICE ${input.operator.ice})`);
  if (input.customsOffice) field('Bureau douanier', input.customsOffice);
  if (accepted && input.validFrom && input.validUntil)
    field('Validité', `du ${dateFr(input.validFrom)} au ${dateFr(input.validUntil)}`);
  doc.moveDown();

  if (input.lines.length > 0) {
    doc
      .font('Helvetica-Bold')
      .fillColor(BLUE)
      .text(accepted ? 'Marchandises et quantités accordées' : 'Marchandises');
    doc.fillColor('#000000').fontSize(9);
    const cols = [50, 80, 160, 360, 440];
    const head = ['Ligne', 'Nomenclature', 'Désignation', 'Demandée', accepted ? 'Accordée' : ''];
    let y = doc.y + 4;
    doc.font('Helvetica-Bold');
    head.forEach((h, i) => {
      doc.text(h, cols[i]!, y, { width: (cols[i + 1] ?? 545) - cols[i]! - 4 });
    });
    doc.font('Helvetica');
    y += 16;
    for (const l of input.lines) {
      const row = [
        String(l.lineNo),
        l.hsCode,
        l.description,
        `${l.requested} ${l.unit}`,
        accepted ? `${l.granted ?? 0} ${l.unit}` : '',
      ];
      const h = Math.max(14, doc.heightOfString(l.description, { width: 196 }) + 4);
      row.forEach((v, i) => {
        doc.text(v, cols[i]!, y, { width: (cols[i + 1] ?? 545) - cols[i]! - 4 });
      });
      y += h;
      if (y > 640) {
        doc.addPage();
        y = 60;
      }
    }
    doc.x = 50;
    doc.y = y + 6;
    doc.fontSize(11);
  }

  if (input.reasons.length > 0) {
    doc.font('Helvetica-Bold').fillColor(BLUE).text('Motifs du rejet');
    doc.font('Helvetica').fillColor('#000000');
    for (const r of input.reasons) doc.text(`• ${r}`);
    doc.moveDown(0.5);
  }
  if (input.motivation) {
    doc.font('Helvetica-Bold').fillColor(BLUE).text('Motivation');
    doc.font('Helvetica').fillColor('#000000').text(input.motivation);
    doc.moveDown(0.5);
  }

  // Signature and verification block (kept together at the bottom of the last page).
  if (doc.y > 600) doc.addPage();
  const top = Math.max(doc.y + 20, 610);
  doc.font('Helvetica-Bold').fontSize(11).text('Signataire', 50, top);
  doc.font('Helvetica').text(input.signatory, 50, top + 16);
  doc.text('Chef de service', 50, top + 30);
  doc.text(`Signé électroniquement le ${dateFr(input.decidedAt)}`, 50, top + 44);
  doc.image(qr, 430, top - 6, { width: 115 });
  doc.fontSize(8).fillColor('#333333');
  doc.text('Vérifiez l’authenticité de cette décision :', 50, top + 72, { width: 370 });
  doc.text(input.verificationUrl, 50, top + 84, { width: 370, link: input.verificationUrl, underline: true });
  doc.text(`Code de vérification : ${input.verificationCode}`, 50, top + 108, { width: 370 });
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
