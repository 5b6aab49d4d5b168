// Demo data (demo mode only, idempotent): ~2,000 generated dossiers over three years across the
// ten procedures, then a demo operator system (API client « demo-operateur ») that submits three
// fresh DFDs through the real intake path, with a pro-forma invoice attached to each.
import { Readable } from 'node:stream';
import { generateDossiers } from '../../db/seed/dossiers/generate.ts';
import { sql } from '../../db/sql.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { registerMachineClient } from '../identity/machine-clients.ts';
import { iceKey } from './ice.ts';
import { addDocument, linkApiClient, submitDossier } from './intake.ts';

export const DEMO_CLIENT_ID = 'demo-operateur';
/** Demo-only secret (README / docs/operations.md): never used outside demo mode. */
export const DEMO_CLIENT_SECRET = 'demo-operateur-secret-0123456789abcdef';
export const DEMO_DOSSIER_COUNT = 2000;

/** A one-page PDF, enough for the browser's viewer. */
export function samplePdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export async function seedDemoDossiers(deps: AppDeps): Promise<void> {
  const existing = await deps.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`);
  if ((existing?.n ?? 0) > 0) return;
  const cat = await catalogueFor(deps);
  await generateDossiers(deps.db, cat, { count: DEMO_DOSSIER_COUNT, now: deps.clock.now() });

  // The demo operator system and its three fresh DFDs.
  const ice13 = '0015372890001';
  const op = await deps.db.one<{ id: number }>(sql`
    INSERT INTO operator (ice, raison_sociale, rc, address, city, email, created_at)
    VALUES (${ice13 + iceKey(ice13)}, 'Atlas Agro Distribution SARL', 'RC Casablanca 412587',
            '27, Boulevard Mohammed V', 'Casablanca', 'si@atlas-agro.example.ma', ${deps.clock.now()})
    ON CONFLICT (ice) DO UPDATE SET raison_sociale = EXCLUDED.raison_sociale RETURNING id`);
  await registerMachineClient(deps, {
    clientId: DEMO_CLIENT_ID,
    secret: DEMO_CLIENT_SECRET,
    name: 'Système de l’opérateur Atlas Agro Distribution (démo)',
    scopes: ['dossiers:read', 'dossiers:write'],
  });
  await linkApiClient(deps, { clientId: DEMO_CLIENT_ID, operatorId: op!.id });
  const caller = {
    clientId: DEMO_CLIENT_ID,
    scopes: ['dossiers:read', 'dossiers:write'],
    operatorId: op!.id,
    raisonSociale: 'Atlas Agro Distribution SARL',
    ice: ice13 + iceKey(ice13),
  };
  const submissions = [
    {
      category: 'ale',
      customsOffice: '310',
      originCountry: 'ES',
      fields: {
        accord: 'maroc-ue',
        provenanceCountry: 'ES',
        invoiceNumber: 'PF-2026-0412',
        invoiceDate: '2026-02-20',
        transportMode: 'maritime',
      },
      goods: [
        {
          hsCode: '8418210000',
          description: 'Réfrigérateurs combinés à deux portes',
          quantity: 240,
          unit: 'u',
          value: 1_150_000,
          currency: 'MAD',
          originCountry: 'ES',
        },
        {
          hsCode: '8450110000',
          description: 'Machines à laver le linge, 8 kg',
          quantity: 120,
          unit: 'u',
          value: 486_000,
          currency: 'MAD',
          originCountry: 'ES',
        },
      ],
    },
    {
      category: 'contingent',
      customsOffice: '301',
      originCountry: 'FR',
      fields: {
        quotaReference: 'CT-2026-014',
        provenanceCountry: 'FR',
        invoiceNumber: 'PF-2026-0415',
        invoiceDate: '2026-02-24',
      },
      goods: [
        {
          hsCode: '1001990010',
          description: 'Blé tendre de consommation',
          quantity: 5000,
          unit: 't',
          value: 13_750_000,
          currency: 'MAD',
          originCountry: 'FR',
        },
      ],
    },
    {
      category: 'convention',
      customsOffice: '305',
      originCountry: 'DE',
      fields: {
        conventionNumber: 'CI-2025/118',
        provenanceCountry: 'DE',
        invoiceNumber: 'PF-2026-0419',
        invoiceDate: '2026-02-26',
        transportMode: 'maritime',
      },
      goods: [
        {
          hsCode: '8429520000',
          description: 'Pelles hydrauliques sur chenilles',
          quantity: 4,
          unit: 'u',
          value: 7_900_000,
          currency: 'EUR',
          originCountry: 'DE',
        },
      ],
    },
  ];
  const known = await deps.db.query<{ code: string }>(
    sql`SELECT code FROM hs_code WHERE code = ANY(${submissions.flatMap((s) => s.goods.map((g) => g.hsCode))}::text[])`,
  );
  const knownSet = new Set(known.map((k) => k.code));
  const fallback = await deps.db.query<{ code: string }>(
    sql`SELECT code FROM hs_code WHERE level = 10 ORDER BY code LIMIT 3`,
  );
  for (const [i, s] of submissions.entries()) {
    for (const g of s.goods) if (!knownSet.has(g.hsCode)) g.hsCode = fallback[i % fallback.length].code;
    const result = await submitDossier(
      deps,
      caller,
      `demo-${i + 1}`,
      { procedure: 'DFD', ...s },
      '127.0.0.1',
    );
    await addDocument(
      deps,
      caller,
      result.body.reference,
      'facture_proforma',
      {
        filename: `facture-proforma-${s.fields.invoiceNumber}.pdf`,
        mimetype: 'application/pdf',
        stream: Readable.from([samplePdf(`Facture pro forma ${s.fields.invoiceNumber}`)]),
      },
      '127.0.0.1',
    );
  }
}
