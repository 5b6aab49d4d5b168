// TijarIA quality bench: runs the evaluation set (bench/tijaria-eval-set.json) against a real
// portal on embedded PGlite over real HTTP, and prints accuracy (right source among the first
// three cited; right live answer; « nothing found » when nothing is relevant) and latency (time
// to the first streamed token, embedded mode), with the machine it ran on.
//   npx node bench/tijaria-eval.ts [--verbose]
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildApp } from '../apps/server/src/app.ts';
import { sql } from '../apps/server/src/db/sql.ts';
import { ensureKnowledge } from '../apps/server/src/modules/tijaria/knowledge.ts';
import { seedDossier } from '../apps/server/src/modules/tijaria/test-support.ts';
import { DAY } from '../apps/server/src/platform/clock.ts';
import { createTestContext, createUser, signInAs } from '../apps/server/src/test/harness.ts';
import { machineLine } from './lib/machine.ts';

interface EvalQuestion {
  category: string;
  question: string;
  sources?: string[];
  contains?: string[];
  absent?: string[];
  noAnswer?: boolean;
}

const verbose = process.argv.includes('--verbose');
const set: { questions: EvalQuestion[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'tijaria-eval-set.json'), 'utf8'),
);

const ctx = await createTestContext();
const app = await buildApp(ctx.deps, { logger: false, serveWeb: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const now = ctx.clock.now();
const agent = await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] });
const seeds: [string, string, string, number | null, boolean][] = [
  ['DFD-2026-000123', 'DFD', 'en_instruction', 3, false],
  ['DFD-2026-000124', 'DFD', 'soumise', -2, true],
  ['LI-2026-000007', 'LI', 'attente_avis', -5, false],
  ['LE-2026-000010', 'LE', 'acceptee', null, false],
  ['COC-2026-000003', 'COC', 'complement_demande', 5, false],
  ['SPS-2026-000001', 'SPS', 'rejetee', null, false],
  ['AIPS-2026-000002', 'AIPS', 'acceptee', null, false],
];
for (const [reference, procedure, state, dueDays, mine] of seeds) {
  await seedDossier(ctx.deps, {
    reference,
    procedure,
    state,
    slaDueAt: dueDays === null ? null : new Date(now.getTime() + dueDays * DAY),
    assigneeUserId: mine ? agent.id : undefined,
  });
}
await ensureKnowledge(ctx.deps);
const auth = await signInAs(ctx, agent.id);

// « faq?Début » → the FAQ entry whose question starts that way.
const faq = await ctx.db.query<{ source_key: string; title: string }>(
  sql`SELECT source_key, title FROM tijaria_passage WHERE source_kind = 'faq'`,
);
const resolve = (key: string): string[] =>
  key.startsWith('faq?')
    ? faq.filter((f) => f.title.startsWith(key.slice(4))).map((f) => f.source_key)
    : [key];

async function askOnce(question: string) {
  const started = performance.now();
  const res = await fetch(`${base}/api/tijaria/messages`, {
    method: 'POST',
    headers: { ...auth.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status} pour « ${question} »`);
  let firstToken: number | null = null;
  let body = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    body += decoder.decode(chunk, { stream: true });
    if (firstToken === null && body.includes('event: delta')) firstToken = performance.now() - started;
  }
  const total = performance.now() - started;
  let text = '';
  let end: { sources: { key: string }[]; status: string } = { sources: [], status: '' };
  for (const block of body.split('\n\n')) {
    const event = /^event: (.+)$/m.exec(block)?.[1];
    const data = /^data: (.+)$/m.exec(block)?.[1];
    if (!event || !data) continue;
    if (event === 'delta') text += JSON.parse(data).text;
    if (event === 'end') end = JSON.parse(data);
  }
  return { text, end, firstToken: firstToken ?? total, total };
}

// Warm-up (JIT, prepared statements), not counted.
for (const q of ['Comment modifier mon mot de passe ?', 'Où en est la DFD DFD-2026-000123 ?'])
  await askOnce(q);

const results: { category: string; ok: boolean; firstToken: number }[] = [];
for (const q of set.questions) {
  const r = await askOnce(q.question);
  const cited = r.end.sources.slice(0, 3).map((s) => s.key);
  const problems: string[] = [];
  if (q.sources && !q.sources.flatMap(resolve).some((k) => cited.includes(k))) {
    problems.push(`sources ${cited.join(', ') || '(aucune)'} ≠ ${q.sources.join(' | ')}`);
  }
  for (const c of q.contains ?? []) if (!r.text.includes(c)) problems.push(`manque « ${c} »`);
  for (const c of q.absent ?? []) if (r.text.includes(c)) problems.push(`contient « ${c} »`);
  if (q.noAnswer && r.end.status !== 'no_answer')
    problems.push(`devait ne rien trouver (cité : ${cited.join(', ')})`);
  if (!q.noAnswer && r.end.status === 'no_answer') problems.push('rien trouvé');
  const ok = problems.length === 0;
  results.push({ category: q.category, ok, firstToken: r.firstToken });
  if (!ok || verbose)
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} [${q.category}] ${q.question}${ok ? '' : `\n       ${problems.join('; ')}`}`,
    );
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
console.log('\nTijarIA — évaluation (mode intégré, sans modèle)');
for (const cat of [...new Set(results.map((r) => r.category))]) {
  const rs = results.filter((r) => r.category === cat);
  console.log(
    `  ${cat.padEnd(10)} ${rs.filter((r) => r.ok).length}/${rs.length}  ${pct(rs.filter((r) => r.ok).length, rs.length)}`,
  );
}
const okCount = results.filter((r) => r.ok).length;
console.log(`  accuracy   ${okCount}/${results.length}  ${pct(okCount, results.length)}  (target ≥ 90 %)`);
const ft = results.map((r) => r.firstToken);
console.log(
  `  first token p50 ${percentile(ft, 50).toFixed(1)} ms, p95 ${percentile(ft, 95).toFixed(1)} ms, max ${Math.max(...ft).toFixed(1)} ms  (target p95 ≤ 300 ms)`,
);
console.log(machineLine('pglite (embedded)'));
await app.close();
await ctx.close();
