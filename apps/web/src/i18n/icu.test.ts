// ICU MessageFormat (i18next-icu): counts read right in each language's plural rules — French
// « 1 demande / 12 demandes », English « 1 request », Arabic's six forms (zero, one, two, few,
// many, other) — and plain {name} arguments still interpolate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = import.meta.dirname;

function bundle(lang: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')))
    Object.assign(out, JSON.parse(readFileSync(join(dir, lang, file), 'utf8')));
  return out;
}

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(ICU).init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: {
      fr: { translation: bundle('fr') },
      ar: { translation: bundle('ar') },
      en: { translation: bundle('en') },
    },
    interpolation: { escapeValue: false },
  });
});

const total = (lng: string, count: number) =>
  i18n.t('dossiers.list.total', { lng, count, formatted: String(count) });

describe('ICU plurals', () => {
  it('French: 0 and 1 are singular, 12 plural', () => {
    expect(total('fr', 1)).toBe('1 demande');
    expect(total('fr', 0)).toBe('0 demande');
    expect(total('fr', 12)).toBe('12 demandes');
    expect(i18n.t('dossiers.list.totalMore', { lng: 'fr', formatted: '10 000' })).toBe(
      'plus de 10 000 demandes',
    );
  });

  it('English: 1 request, 12 requests', () => {
    expect(total('en', 1)).toBe('1 request');
    expect(total('en', 12)).toBe('12 requests');
  });

  it('Arabic: zero, one, two, few (3–10), many (11–99), other (100+)', () => {
    expect(total('ar', 0)).toBe('لا يوجد أي طلب');
    expect(total('ar', 1)).toBe('طلب واحد');
    expect(total('ar', 2)).toBe('طلبان');
    expect(total('ar', 3)).toBe('3 طلبات');
    expect(total('ar', 11)).toBe('11 طلبًا');
    expect(total('ar', 100)).toBe('100 طلب');
    expect(i18n.t('dossiers.dossier.sla.remaining', { lng: 'ar', count: 2 })).toBe('بقي يومان');
  });

  it('notifications and bulk assignment counts', () => {
    expect(i18n.t('processing.notifications.bell', { lng: 'fr', count: 1 })).toBe(
      'Notifications (1 non lue)',
    );
    expect(i18n.t('processing.notifications.bell', { lng: 'fr', count: 3 })).toBe(
      'Notifications (3 non lues)',
    );
    expect(i18n.t('processing.bulkAssign.intro', { lng: 'en', count: 1 })).toMatch(/^1 file will be/);
    expect(i18n.t('processing.bulkAssign.intro', { lng: 'en', count: 4 })).toMatch(/^4 files will be/);
    expect(i18n.t('processing.bulkAssign.intro', { lng: 'ar', count: 2 })).toMatch(/ملفين/);
  });

  it('plain arguments interpolate, apostrophes stay', () => {
    expect(i18n.t('dossiers.list.openDossier', { lng: 'fr', reference: 'DFD-2026-000001' })).toBe(
      'Ouvrir la demande DFD-2026-000001',
    );
    expect(i18n.t('processing.assign.agentOption', { lng: 'fr', name: 'A', open: 2, overdue: 0 })).toBe(
      'A (2 en cours, 0 en retard)',
    );
    expect(i18n.t('dossiers.list.emptyAll', { lng: 'fr' })).toBe(
      "Aucune demande n'a encore été soumise pour ce service.",
    );
  });
});
