// What TijarIA answers, before any wording by a language model: the recognised intent, the
// retrieved passages and the live data, composed into the embedded answer with its sources.
// The language model (llm.ts) receives exactly these facts and nothing else, so it can never
// know more than the embedded answer shows.
import type { SessionUser } from '@portail/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { type Intent, normalise, type ProcedureName, type Recognised, recognise } from './intent.ts';
import { slaText } from './knowledge.ts';
import { countDossiers, overdueDossiers, visibleDossierByReference } from './live.ts';
import { formatDate, type Lang, outcomeName, PHRASES, stateName } from './phrases.ts';
import { correctWords, type Passage, passagesByKeys, type SourceRef, searchPassages } from './repo.ts';

// Question words and generic words carry no topic: they would match every passage.
const QUESTION_WORDS = new Set(
  (
    'comment quoi quel quels quelle quelles qui que quand pourquoi combien est sont faut faire peut peux puis dois doit ' +
    'je tu il nous vous on mon ma mes ton ta tes son sa ses notre votre vos leur leurs moi me le la les un une des du de ' +
    'd l a au aux en et ou sur dans par pour avec sans ce cet cette ces y t il-y ya ai as avez ont suis etre avoir ' +
    'savoir voudrais veux aimerais besoin aide svp merci bonjour ne pas plus tres bien the how what is do i my can to of ' +
    'a an where when which please est-ce ca cela qu ce c utiliser trouver trouve sert servir'
  ).split(' '),
);

export function significantWords(question: string): string[] {
  return [
    ...new Set(
      normalise(question)
        .replace(/[a-z]{2,6}-?\d{4}-?\d{5,6}/g, ' ')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 2 && !QUESTION_WORDS.has(w)),
    ),
  ];
}

// A passage must hold at least this share of the question's topic (IDF-weighted) to be an answer.
const MIN_COVERAGE = 0.5;

// Users' words for the guide's words (unaccented, lower case).
const SYNONYMS: Record<string, string> = {
  changer: 'modifier',
  change: 'modifier',
  changement: 'modification',
  connecter: 'connexion',
  deconnecter: 'deconnexion',
  pieces: 'documents',
  justificatifs: 'documents',
  delai: 'sla',
  statut: 'etat',
};

/** Top passages for a question: full text (OR of its words, misspellings corrected), re-ranked. */
export async function retrieve(
  deps: Pick<AppDeps, 'db'>,
  question: string,
  options: { procedureCode?: string | null; limit?: number } = {},
): Promise<Passage[]> {
  const raw = significantWords(question);
  if (raw.length === 0) return [];
  const fixes = await correctWords(
    deps.db,
    raw.filter((w) => w.length >= 4 && !/^\d+$/.test(w)),
  );
  // One term per word of the question; a synonym is an alternative within the same term, so it
  // widens the match without weighing twice.
  const terms = raw.map((w) => fixes.get(w) ?? w).map((w) => (SYNONYMS[w] ? `${w} or ${SYNONYMS[w]}` : w));
  const found = await searchPassages(deps.db, terms.join(' or '), terms, 20);
  const scored = found
    .map((p) => {
      const procedureBonus = options.procedureCode && p.procedureCode === options.procedureCode ? 0.5 : 0;
      return { p, score: p.coverage + 0.3 * p.titleCoverage + 0.5 * p.rank + procedureBonus };
    })
    .filter(
      (s) =>
        s.p.coverage >= MIN_COVERAGE ||
        (options.procedureCode && s.p.procedureCode === options.procedureCode),
    )
    .sort((a, b) => b.score - a.score || a.p.id - b.p.id);
  return scored.slice(0, options.limit ?? 3).map((s) => s.p);
}

export interface Composed {
  intent: Intent;
  recognised: Recognised;
  /** The embedded answer, complete. */
  text: string;
  sources: SourceRef[];
  /** Facts handed to a language model (passages and live results), numbered like the sources. */
  facts: string[];
  noAnswer: boolean;
  /** Dossier references the user may see in this answer (anything else is masked). */
  allowedReferences: Set<string>;
}

const procedureNames = async (deps: Pick<AppDeps, 'db' | 'clock'>): Promise<ProcedureName[]> =>
  (await catalogueFor(deps)).list.map((p) => ({
    code: p.code,
    slug: p.definition.slug,
    direction: p.definition.direction,
    nameFr: p.definition.name.fr,
    nameAr: p.definition.name.ar,
    nameEn: p.definition.name.en,
    shortName: p.definition.shortName,
  }));

const procedureUrl = (p: ProcedureName): string =>
  `/portail/${p.direction === 'import' ? 'importation' : 'exportation'}/${p.slug}`;

const localName = (p: { nameFr: string; nameAr: string; nameEn: string }, lang: Lang): string =>
  lang === 'ar' ? p.nameAr : lang === 'en' ? p.nameEn : p.nameFr;

/** Quotes passages: the best one in full, the next ones as « see also » links. */
function fromPassages(
  lang: Lang,
  passages: Passage[],
  lead: string[] = [],
): Pick<Composed, 'text' | 'sources' | 'facts'> {
  const ph = PHRASES[lang];
  const [first, ...others] = passages;
  const lines = [...lead];
  if (lang !== 'fr') lines.push(ph.frenchOnly);
  lines.push(`${ph.according(first.title)} [1]`, '', first.body);
  if (others.length) {
    lines.push('', `${ph.seeAlso} ${others.map((p, i) => `[${i + 2}] ${p.title}`).join(' ; ')}`);
  }
  return {
    text: lines.join('\n'),
    sources: passages.map((p) => ({ kind: p.kind, key: p.key, title: p.title, url: p.url })),
    facts: passages.map((p) => `${p.title}\n${p.body}`),
  };
}

const daysBetween = (a: Date, b: Date): number =>
  Math.max(1, Math.ceil(Math.abs(a.getTime() - b.getTime()) / 86_400_000));

/** Composes the embedded answer for a question, within the user's rights. */
export async function compose(
  deps: AppDeps,
  user: SessionUser,
  question: string,
  lang: Lang,
): Promise<Composed> {
  const ph = PHRASES[lang];
  const procedures = await procedureNames(deps);
  const r = recognise(question, procedures, deps.clock.now());
  const base = { intent: r.intent, recognised: r, noAnswer: false, allowedReferences: new Set<string>() };

  if (r.intent === 'dossier_status') {
    const lines: string[] = [];
    const sources: SourceRef[] = [];
    const facts: string[] = [];
    const now = deps.clock.now();
    // A handful at most: a pasted list of references is not a way to probe for existence.
    for (const ref of r.references.slice(0, 5)) {
      const d = await visibleDossierByReference(deps, user, ref);
      if (!d) {
        lines.push(ph.dossierUnknown(ref));
        facts.push(ph.dossierUnknown(ref));
        continue;
      }
      base.allowedReferences.add(d.reference);
      const pname =
        lang === 'ar' ? d.procedureName.ar : lang === 'en' ? d.procedureName.en : d.procedureName.fr;
      const parts = [
        ph.dossierState(d.reference, pname, stateName(lang, d.state), formatDate(d.stateChangedAt)),
      ];
      const open = ['soumise', 'en_instruction', 'complement_demande', 'attente_avis'].includes(d.state);
      if (open && d.slaDueAt) {
        const ref0 = d.slaPausedAt ?? now;
        if (d.slaPausedAt) parts.push(ph.slaPaused);
        if (d.slaDueAt < ref0)
          parts.push(ph.slaOverdue(formatDate(d.slaDueAt), daysBetween(ref0, d.slaDueAt)));
        else parts.push(ph.slaRemaining(formatDate(d.slaDueAt), daysBetween(d.slaDueAt, ref0)));
      }
      if (d.decisionNumber && d.decisionOutcome && d.decidedAt) {
        parts.push(
          ph.decision(d.decisionNumber, outcomeName(lang, d.decisionOutcome), formatDate(d.decidedAt)),
        );
      }
      sources.push({
        kind: 'dossier',
        key: `dossier:${d.reference}`,
        title: d.reference,
        url: `/portail/dossiers/${d.id}`,
      });
      lines.push(`${parts.join(' ')} [${sources.length}]`);
      facts.push(parts.join(' '));
    }
    return { ...base, text: lines.join('\n\n'), sources, facts };
  }

  if (r.intent === 'count_overdue') {
    const s = await overdueDossiers(deps, user, r.procedure?.code ?? null);
    const scope = r.procedure ? ph.ofProcedure(localName(r.procedure, lang)) : '';
    const lines = [ph.overdue(s.total, scope)];
    if (s.assignedToMe > 0) lines.push(ph.assignedToMe(s.assignedToMe));
    const sources: SourceRef[] = [];
    if (s.worst.length) {
      lines.push('', ph.overdueList);
      for (const d of s.worst) {
        base.allowedReferences.add(d.reference);
        sources.push({
          kind: 'dossier',
          key: `dossier:${d.reference}`,
          title: d.reference,
          url: `/portail/dossiers/${d.id}`,
        });
        lines.push(`- ${d.reference} : ${formatDate(d.slaDueAt)} [${sources.length}]`);
      }
    }
    return { ...base, text: lines.join('\n'), sources, facts: [lines.join('\n')] };
  }

  if (r.intent === 'count_dossiers') {
    const n = await countDossiers(deps, user, {
      procedureCode: r.procedure?.code ?? null,
      state: r.state,
      period: r.period,
    });
    const what =
      (r.procedure ? ph.ofProcedure(localName(r.procedure, lang)) : '') +
      (r.state ? ph.stateWord(stateName(lang, r.state)) : '') +
      (r.period ? ph.periods[r.period.label](formatDate(r.period.from)) : '');
    const text = ph.count(n, what);
    const sources: SourceRef[] = r.procedure
      ? [
          {
            kind: 'procedure',
            key: `procedure:${r.procedure.code}:liste`,
            title: localName(r.procedure, lang),
            url: procedureUrl(r.procedure),
          },
        ]
      : [];
    return { ...base, text: sources.length ? `${text} [1]` : text, sources, facts: [text] };
  }

  if (r.procedure && r.intent !== 'knowledge') {
    const facet = {
      procedure_documents: 'documents',
      procedure_sla: 'presentation',
      procedure_fields: 'champs',
      procedure_states: 'etats',
    }[r.intent];
    const [passage] = await passagesByKeys(deps.db, [`procedure:${r.procedure.code}:${facet}`]);
    const others = await retrieve(deps, question, { procedureCode: r.procedure.code, limit: 3 });
    const passages = [passage, ...others.filter((p) => p.key !== passage?.key)].filter(Boolean).slice(0, 3);
    if (passages.length) {
      const lead: string[] = [];
      if (r.intent === 'procedure_sla') {
        const p = (await catalogueFor(deps)).byCode.get(r.procedure.code);
        const sla = slaText(p?.definition.sla);
        if (sla) lead.push(ph.sla(localName(r.procedure, lang), sla), '');
      }
      return { ...base, ...fromPassages(lang, passages, lead) };
    }
  }

  const passages = await retrieve(deps, question, { procedureCode: r.procedure?.code ?? null, limit: 3 });
  if (passages.length === 0) {
    return { ...base, noAnswer: true, text: `${ph.noAnswer}\n${ph.noAnswerTicket}`, sources: [], facts: [] };
  }
  return { ...base, ...fromPassages(lang, passages) };
}

const REFERENCE_LIKE = /\b[A-Za-z]{2,6}[-\s]?\d{4}[-\s]?\d{5,6}\b/g;

/** Masks every dossier reference the answer is not allowed to show (defence in depth). */
export function maskReferences(text: string, allowed: Set<string>, lang: Lang): string {
  return text.replace(REFERENCE_LIKE, (m) => {
    const canonical = m
      .toUpperCase()
      .replace(/[\s-]+/g, '')
      .replace(/^([A-Z]+)(\d{4})(\d{5,6})$/, '$1-$2-$3');
    return allowed.has(canonical) ? m : PHRASES[lang].redacted;
  });
}
