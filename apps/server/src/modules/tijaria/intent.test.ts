// Entity and intent recognition for live questions (pure functions).
import { describe, expect, it } from 'vitest';
import { findPeriod, findReferences, findState, normalise, type ProcedureName, recognise } from './intent.ts';

const P = (code: string, nameFr: string, shortName: string): ProcedureName => ({
  code,
  slug: code.toLowerCase(),
  direction: 'import',
  nameFr,
  nameAr: nameFr,
  nameEn: nameFr,
  shortName,
});
const PROCEDURES = [
  P('DFD', 'Demande de franchise douanière', 'DFD'),
  P('LI', "Licence d'importation", 'LI'),
  P('LE', "Licence d'exportation", 'LE'),
  P('COC', "Certificat de conformité — contrôle technique à l'import", 'CdC'),
  P('CITES', 'Permis CITES', 'CITES'),
];
const NOW = new Date('2026-03-18T10:00:00Z');

describe('TijarIA entities', () => {
  it('reads dossier references however they are typed', () => {
    expect(findReferences('Où en est la DFD DFD-2026-000123 ?')).toEqual(['DFD-2026-000123']);
    expect(findReferences('statut de dfd 2026 000123 et CITES-2025-00042')).toEqual([
      'DFD-2026-000123',
      'CITES-2025-00042',
    ]);
    expect(findReferences('le dossier 2026-000123')).toEqual([]);
  });

  it('recognises procedures by name (singular or plural), code and short name', () => {
    const p = (q: string) => recognise(q, PROCEDURES, NOW).procedure?.code ?? null;
    expect(p("Quels documents faut-il pour une licence d'importation ?")).toBe('LI');
    expect(p("Combien de licences d'exportation en retard ?")).toBe('LE');
    expect(p('Quel est le délai du CdC ?')).toBe('COC');
    expect(p('Quels documents pour un certificat de conformité ?')).toBe('COC');
    expect(p('Quel est le délai de la DFD ?')).toBe('DFD');
    expect(p('Comment lire une liste ?')).toBeNull();
  });

  it('recognises states and periods', () => {
    expect(findState(normalise("dossiers en attente d'avis"))).toBe('attente_avis');
    expect(findState(normalise('demandes rejetées'))).toBe('rejetee');
    expect(findState(normalise('complément demandé'))).toBe('complement_demande');
    expect(findPeriod(normalise('ce mois-ci'), NOW)?.from.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(findPeriod(normalise('cette semaine'), NOW)?.from.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(findPeriod(normalise('depuis le 05/02/2026'), NOW)?.from.toISOString()).toBe(
      '2026-02-05T00:00:00.000Z',
    );
  });

  it('classifies the guide’s example questions', () => {
    const i = (q: string) => recognise(q, PROCEDURES, NOW).intent;
    expect(i('Où en est la DFD DFD-2026-000123 ?')).toBe('dossier_status');
    expect(i('Combien de demandes en retard ai-je ?')).toBe('count_overdue');
    expect(i("Quels documents faut-il pour une licence d'importation ?")).toBe('procedure_documents');
    expect(i('Combien de demandes acceptées ce mois-ci ?')).toBe('count_dossiers');
    expect(i('Comment modifier mon mot de passe ?')).toBe('knowledge');
  });
});
