// TijarIA's knowledge base: the user guide (copied into the repository, section by section), the
// FAQ of the Centre d'aide and the procedure catalogue (fields, required documents, SLA, states),
// turned into passages that each link to the page they come from. Built at start and refreshed by
// a periodic job; a content hash makes the rebuild a no-op when nothing changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_LABELS_FR } from '@portail/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { type PassageInput, readFaqEntries, readKnowledgeVersion, replacePassages } from './repo.ts';

const GUIDE_FILE = join(import.meta.dirname, 'knowledge', 'guide-utilisateur.md');

export interface GuideSection {
  anchor: string;
  title: string;
  body: string;
}

let guideCache: GuideSection[] | null = null;

/** The guide split at its « ## Titre {#ancre} » headings (the file is read once). */
export function guideSections(): GuideSection[] {
  if (guideCache) return guideCache;
  const text = readFileSync(GUIDE_FILE, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const sections: GuideSection[] = [];
  const heading = /^## (.+?) \{#([a-z0-9-]+)\}\s*$/gm;
  const marks = [...text.matchAll(heading)];
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    sections.push({ anchor: m[2], title: m[1], body: text.slice(start, end).trim() });
  });
  guideCache = sections;
  return sections;
}

/** Markdown tables and emphasis read as plain sentences in a passage. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\|[-| ]+\|$/.test(line.trim()))
    .map((line) =>
      line.trim().startsWith('|')
        ? line
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim())
            .join(' — ')
        : line,
    )
    .join('\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const DIRECTION_FR = { import: 'Importation', export: 'Exportation' } as const;

interface Localized {
  fr: string;
}
interface ProcedureDefinitionLike {
  shortName?: string;
  categories?: { code: string; label: Localized }[];
  opinionOrgs?: string[];
  requestFields?: { key: string; label: Localized; required?: boolean; help?: Localized }[];
  goodsLineFields?: { key: string; label: Localized; required?: boolean }[];
  workflow?: {
    initial: string;
    states: string[];
    transitions: { from: string[]; to: string; label: Localized }[];
  };
  sla?: { amount: number; unit: 'working_days' | 'working_hours' };
  referenceFormat?: string;
  documents?: { kind: string; label: Localized; required: boolean; mediaTypes: string[] }[];
}

const stateLabel = (s: string): string => STATE_LABELS_FR[s as keyof typeof STATE_LABELS_FR] ?? s;
const mediaLabel = (m: string): string =>
  ({ 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' })[m] ?? m;

export function slaText(sla: ProcedureDefinitionLike['sla']): string | null {
  if (!sla) return null;
  return `${sla.amount} ${sla.unit === 'working_days' ? 'jours ouvrés' : 'heures ouvrées'}`;
}

/** The passages of one procedure: overview (with SLA), documents, fields, states. */
export function procedurePassages(p: {
  code: string;
  slug: string;
  direction: 'import' | 'export';
  nameFr: string;
  ownerOrgName: string;
  opinionOrgNames: string[];
  definition: ProcedureDefinitionLike;
}): PassageInput[] {
  const d = p.definition;
  const url = `/portail/${p.direction === 'import' ? 'importation' : 'exportation'}/${p.slug}`;
  const name = `${p.nameFr} (${p.code})`;
  const out: PassageInput[] = [];
  const sla = slaText(d.sla);
  const overview = [
    `${name} — procédure d'${p.direction === 'import' ? 'importation' : 'exportation'} (menu ${DIRECTION_FR[p.direction]} > ${p.nameFr}), traitée par ${p.ownerOrgName}.`,
    d.categories?.length ? `Catégories : ${d.categories.map((c) => c.label.fr).join(', ')}.` : '',
    p.opinionOrgNames.length ? `Organismes consultés pour avis : ${p.opinionOrgNames.join(', ')}.` : '',
    sla
      ? `Délai de traitement (SLA) : ${sla} à compter de la soumission ; le délai est suspendu pendant un complément demandé. Au-delà, la demande est en retard.`
      : '',
    d.referenceFormat
      ? `Format du N° d'enregistrement : ${d.referenceFormat.replace('{YYYY}', 'AAAA').replace(/{(N+)}/, '$1')}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  out.push({
    kind: 'procedure',
    key: `procedure:${p.code}:presentation`,
    title: `${name} — présentation et délai de traitement`,
    body: overview,
    url,
    procedureCode: p.code,
  });
  if (d.documents?.length) {
    const lines = d.documents.map(
      (doc) =>
        `- ${doc.label.fr} (${doc.required ? 'obligatoire' : 'facultatif'} ; formats acceptés : ${doc.mediaTypes.map(mediaLabel).join(', ')})`,
    );
    out.push({
      kind: 'procedure',
      key: `procedure:${p.code}:documents`,
      title: `${name} — documents requis (pièces à joindre)`,
      body: `Documents à joindre à une demande ${name} :\n${lines.join('\n')}`,
      url,
      procedureCode: p.code,
    });
  }
  const fields = (d.requestFields ?? []).map(
    (f) => `- ${f.label.fr}${f.required ? ' (obligatoire)' : ''}${f.help ? ` : ${f.help.fr}` : ''}`,
  );
  const lineFields = (d.goodsLineFields ?? []).map(
    (f) => `- ${f.label.fr}${f.required ? ' (obligatoire)' : ''}`,
  );
  if (fields.length || lineFields.length) {
    out.push({
      kind: 'procedure',
      key: `procedure:${p.code}:champs`,
      title: `${name} — champs de la demande et lignes de marchandises`,
      body: [
        fields.length ? `Champs de la demande ${name} :\n${fields.join('\n')}` : '',
        lineFields.length ? `Chaque ligne de marchandise comporte :\n${lineFields.join('\n')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      url,
      procedureCode: p.code,
    });
  }
  if (d.workflow) {
    const w = d.workflow;
    const transitions = w.transitions.map(
      (t) => `- ${t.label.fr} : ${t.from.map(stateLabel).join(' ou ')} → ${stateLabel(t.to)}`,
    );
    out.push({
      kind: 'procedure',
      key: `procedure:${p.code}:etats`,
      title: `${name} — états et cycle de vie d'une demande`,
      body: `États possibles d'une demande ${name} : ${w.states.map(stateLabel).join(', ')}. Une demande commence à l'état ${stateLabel(w.initial)}.\nActions :\n${transitions.join('\n')}`,
      url,
      procedureCode: p.code,
    });
  }
  return out;
}

/** All passages from the current sources, in a stable order (the hash depends on it). */
export async function collectPassages(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<PassageInput[]> {
  const db = deps.db;
  const passages: PassageInput[] = guideSections().map((s) => ({
    kind: 'guide',
    key: `guide:${s.anchor}`,
    title: s.title,
    body: plainText(s.body),
    url: `/aide/guide#${s.anchor}`,
    procedureCode: null,
  }));
  for (const f of await readFaqEntries(db)) {
    passages.push({
      kind: 'faq',
      key: `faq:${f.id}`,
      title: f.question,
      body: f.answer,
      // The FAQ page filters on ?q= (it has no per-entry anchor yet; #faq-<id> is kept for one).
      url: `/aide/faq?${new URLSearchParams({ q: f.question.slice(0, 200) }).toString()}#faq-${f.id}`,
      procedureCode: null,
    });
  }
  const catalogue = await catalogueFor(deps);
  for (const p of [...catalogue.list].sort((a, b) => a.code.localeCompare(b.code))) {
    const d = p.definition;
    passages.push(
      ...procedurePassages({
        code: p.code,
        slug: d.slug,
        direction: d.direction,
        nameFr: d.name.fr,
        ownerOrgName: p.ownerOrgName,
        opinionOrgNames: d.opinionOrgs,
        definition: d,
      }),
    );
  }
  return passages;
}

export const contentHash = (passages: PassageInput[]): string =>
  createHash('sha256').update(JSON.stringify(passages)).digest('hex');

/** Rebuilds the passages when their sources changed; returns whether it rebuilt. */
export async function ensureKnowledge(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<boolean> {
  const passages = await collectPassages(deps);
  const hash = contentHash(passages);
  if ((await readKnowledgeVersion(deps.db)) === hash) return false;
  return replacePassages(deps.db, passages, hash, deps.clock.now());
}
