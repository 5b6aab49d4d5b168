import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { DAY, HOUR } from '../../platform/clock.ts';
import {
  createTestApp,
  createUser,
  dbKind,
  type SignedIn,
  signInAs,
  type TestUser,
} from '../../test/harness.ts';
import { closeExpiredResolved } from './service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const users: Record<string, TestUser & { s: SignedIn }> = {};

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'), Buffer.alloc(300, 32)]);

beforeAll(async () => {
  t = await createTestApp({
    config: { DATA_DIR: mkdtempSync(join(tmpdir(), 'mic-help-')), UPLOAD_MAX_MB: '1' },
  });
  t.clock.set('2026-03-02T09:00:00Z');
  const specs = {
    author: { org: 'MIC', roles: ['agent_instructeur'] },
    colleague: { org: 'MIC', roles: ['agent_instructeur'] },
    micAdmin: { org: 'MIC', roles: ['admin_organisation'] },
    onssaAdmin: { org: 'ONSSA', roles: ['admin_organisation'] },
    onssa: { org: 'ONSSA', roles: ['agent_instructeur'] },
    support: { org: 'PORTNET', roles: ['agent_support'] },
    support2: { org: 'PORTNET', roles: ['agent_support'] },
    platform: { org: 'PORTNET', roles: ['admin_plateforme'] },
  } as const;
  for (const [k, spec] of Object.entries(specs)) {
    const u = await createUser(t.db, { org: spec.org, roles: [...spec.roles] });
    users[k] = { ...u, s: await signInAs(t, u.id) };
  }
});
afterAll(async () => t.close());

/** Moves time forward; sessions idle out meanwhile, so everyone signs in again. */
async function advance(ms: number) {
  t.clock.advance(ms);
  for (const u of Object.values(users)) u.s = await signInAs(t, u.id);
}

const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: users[who].s.cookie } });
const post = (who: string, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: users[who].s.headers, payload: payload as object });

function multipart(filename: string, content: Buffer) {
  const boundary = '----help-boundary-x1';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    'content-type': `multipart/form-data; boundary=${boundary}`,
  };
}

async function uploadAs(who: string, filename: string, content: Buffer) {
  const m = multipart(filename, content);
  return t.app.inject({
    method: 'POST',
    url: '/api/aide/fichiers',
    headers: { ...users[who].s.headers, 'content-type': m['content-type'] },
    payload: m.payload,
  });
}

const newTicket = {
  type: 'incident',
  serviceCode: 'CONNEXION',
  subject: 'Code MFA refusé',
  description: 'Le code de vérification est refusé à chaque tentative depuis ce matin.',
};

describe(`FAQ on ${dbKind}`, () => {
  it('finds the MFA answer for « comment reinitialiser mon MFA » typed without accents', async () => {
    const res = await t.app.inject({
      url: `/api/aide/faq?q=${encodeURIComponent('comment reinitialiser mon MFA')}`,
    });
    expect(res.statusCode).toBe(200);
    const { entries, themes } = res.json();
    expect(themes.map((x: { labelFr: string }) => x.labelFr)).toEqual(
      expect.arrayContaining(['Connexion et MFA', 'Mot de passe', 'Navigation', 'Réclamations']),
    );
    expect(entries[0].question).toBe('Comment réinitialiser mon MFA ?');
  });

  it('tolerates word forms and accents elsewhere too', async () => {
    const q = async (text: string) =>
      (await t.app.inject({ url: `/api/aide/faq?q=${encodeURIComponent(text)}` })).json().entries as {
        question: string;
      }[];
    expect((await q('mot de passe oublie'))[0].question).toBe(
      'J’ai oublié mon mot de passe, comment le réinitialiser ?',
    );
    expect((await q('effacer rechercher filtres')).map((e) => e.question)).toContain(
      'Comment rechercher une demande dans une liste ?',
    );
    // Whatever users type is a valid query (no tsquery syntax errors), S33.
    expect(
      (await t.app.inject({ url: `/api/aide/faq?q=${encodeURIComponent("' OR 1=1 -- & | !(")}` })).statusCode,
    ).toBe(200);
    expect(await q('xyzzy introuvable')).toEqual([]);
  });

  it('stores « Cette réponse vous a-t-elle aidé ? » and refuses it from another site (S27)', async () => {
    const list = (await t.app.inject({ url: '/api/aide/faq' })).json().entries;
    const id = list[0].id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/aide/faq/${id}/avis`,
      payload: { helpful: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().helpfulYes).toBe(1);
    await t.app.inject({ method: 'POST', url: `/api/aide/faq/${id}/avis`, payload: { helpful: false } });
    const cross = await t.app.inject({
      method: 'POST',
      url: `/api/aide/faq/${id}/avis`,
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { helpful: true },
    });
    expect(cross.statusCode).toBe(403);
    const n = await t.db.one<{ y: number; n: number }>(
      sql`SELECT count(*) FILTER (WHERE helpful)::int AS y, count(*) FILTER (WHERE NOT helpful)::int AS n FROM faq_feedback WHERE entry_id = ${id}`,
    );
    expect(n).toEqual({ y: 1, n: 1 });
  });

  it('lets only the platform administrators create, edit and unpublish entries', async () => {
    const entry = {
      themeCode: 'navigation',
      question: 'Comment imprimer la liste des demandes ?',
      answer: 'Utilisez la fonction d’impression de votre navigateur depuis la liste filtrée.',
      published: true,
      position: 50,
    };
    expect((await post('support', '/api/aide/faq', entry)).statusCode).toBe(403);
    expect((await post('micAdmin', '/api/aide/faq', entry)).statusCode).toBe(403);
    const created = await post('platform', '/api/aide/faq', entry);
    expect(created.statusCode).toBe(200);
    const id = created.json().id;
    const search = async () =>
      (await t.app.inject({ url: '/api/aide/faq?q=imprimer' }))
        .json()
        .entries.map((e: { id: number }) => e.id);
    expect(await search()).toContain(id);
    const unpublish = await t.app.inject({
      method: 'PUT',
      url: `/api/aide/faq/${id}`,
      headers: users.platform.s.headers,
      payload: { ...entry, published: false },
    });
    expect(unpublish.statusCode).toBe(200);
    expect(await search()).not.toContain(id);
    const all = await get('platform', '/api/aide/faq?all=1');
    expect(all.json().entries.map((e: { id: number }) => e.id)).toContain(id);
    const audit = await t.db.query(
      sql`SELECT event FROM audit_log WHERE object_type = 'faq_entry' AND object_id = ${String(id)}`,
    );
    expect(audit.length).toBe(2);
    const bad = await post('platform', '/api/aide/faq', { ...entry, themeCode: 'inconnu' });
    expect(bad.statusCode).toBe(400);
  });
});

describe(`FAQ in Arabic and English on ${dbKind}`, () => {
  type Entry = { id: number; lang: string; question: string; answer: string; translations?: unknown };
  const faq = async (query: string) => {
    const res = await t.app.inject({ url: `/api/aide/faq?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json().entries as Entry[];
  };

  it('gives every seeded entry in the language asked for, French by default', async () => {
    const fr = await faq('');
    const ar = await faq('lang=ar');
    const en = await faq('lang=en');
    expect(fr.length).toBeGreaterThanOrEqual(24);
    expect(fr.every((e) => e.lang === 'fr')).toBe(true);
    // Every seeded entry was translated by migration 0503.
    expect(ar.every((e) => e.lang === 'ar' && /[\u0600-\u06FF]/.test(e.question))).toBe(true);
    expect(en.every((e) => e.lang === 'en')).toBe(true);
    const mfa = fr.find((e) => e.question === 'Comment réinitialiser mon MFA ?')!;
    expect(ar.find((e) => e.id === mfa.id)?.question).toBe('كيف أعيد تعيين المصادقة متعددة العوامل؟');
    expect(en.find((e) => e.id === mfa.id)?.question).toBe('How do I reset my MFA?');
    // Arabic pages are mirrored: the user icon is at the top left there (migration 0504).
    expect(ar.find((e) => e.id === mfa.id)?.answer).toMatch(/^انقر على أيقونة المستخدم أعلى يسار الشاشة/);
    expect(ar.some((e) => /أعلى (يمين|اليمين)/.test(e.answer))).toBe(false);
    // Readers get no editor data.
    expect(ar[0].translations).toBeUndefined();
    expect((await t.app.inject({ url: '/api/aide/faq?lang=de' })).statusCode).toBe(400);
  });

  it('finds an Arabic entry by an Arabic word, with or without the article', async () => {
    for (const q of ['المرور', 'مرور', 'كلمة مرور نسيت']) {
      const found = await faq(`lang=ar&q=${encodeURIComponent(q)}`);
      expect(
        found.map((e) => e.question),
        q,
      ).toContain('نسيت كلمة المرور، كيف أعيد تعيينها؟');
    }
    expect((await faq(`lang=ar&q=${encodeURIComponent('الشكاية')}`))[0].question).toMatch(/شكاي/);
    // Hamza forms, taa marbuta and diacritics typed or not: « اعيد تعيين » finds « أعيد تعيين ».
    expect(
      (await faq(`lang=ar&q=${encodeURIComponent('اعيد تَعيين المصادقه')}`)).map((e) => e.question),
    ).toContain('كيف أعيد تعيين المصادقة متعددة العوامل؟');
    // The Arabic index is not searched for French readers, and a nonsense word finds nothing.
    expect(await faq(`q=${encodeURIComponent('مرور')}`)).toEqual([]);
    expect(await faq(`lang=ar&q=${encodeURIComponent('زخرفة')}`)).toEqual([]);
  });

  it('finds an English entry by word forms, and French words still work for an English reader', async () => {
    expect((await faq('lang=en&q=forgotten%20passwords'))[0].question).toBe(
      'I have forgotten my password: how do I reset it?',
    );
    expect((await faq('lang=en&q=reinitialiser%20MFA')).map((e) => e.question)).toContain(
      'How do I reset my MFA?',
    );
  });

  it('saves the three languages, and falls back to French (marked fr) where one is missing', async () => {
    const entry = {
      themeCode: 'dfd',
      question: 'Où trouver le numéro de la décision de franchise ?',
      answer:
        'Le numéro de décision figure dans la liste et sur la page du dossier, une fois la décision signée.',
      questionAr: 'أين أجد رقم قرار الإعفاء؟',
      answerAr: 'يظهر رقم القرار في القائمة وفي صفحة الملف بعد توقيع القرار.',
      questionEn: '',
      answerEn: '',
      published: true,
      position: 30,
    };
    const created = await post('platform', '/api/aide/faq', entry);
    expect(created.statusCode).toBe(200);
    const id = created.json().id as number;
    expect(created.json().translations).toEqual({
      fr: { question: entry.question, answer: entry.answer },
      ar: { question: entry.questionAr, answer: entry.answerAr },
      en: null,
    });
    const row = await t.db.one<{ question_en: string | null; question_ar: string }>(
      sql`SELECT question_en, question_ar FROM faq_entry WHERE id = ${id}`,
    );
    expect(row).toEqual({ question_en: null, question_ar: entry.questionAr });
    const inAr = (await faq('lang=ar')).find((e) => e.id === id)!;
    expect(inAr).toMatchObject({ lang: 'ar', question: entry.questionAr });
    const inEn = (await faq('lang=en')).find((e) => e.id === id)!;
    expect(inEn).toMatchObject({ lang: 'fr', question: entry.question, answer: entry.answer });
    expect((await faq(`lang=ar&q=${encodeURIComponent('القرار')}`)).map((e) => e.id)).toContain(id);

    // The editor's list carries every language.
    const all = (await get('platform', '/api/aide/faq?all=1&lang=en')).json().entries as Entry[];
    expect(all.find((e) => e.id === id)?.translations).toMatchObject({
      en: null,
      ar: { question: entry.questionAr },
    });

    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/aide/faq/${id}`,
      headers: users.platform.s.headers,
      payload: {
        ...entry,
        questionAr: null,
        answerAr: null,
        questionEn: 'Where is the number of the exemption decision?',
        answerEn:
          'The decision number is shown in the list and on the file page once the decision is signed.',
      },
    });
    expect(edited.statusCode).toBe(200);
    expect((await faq('lang=en')).find((e) => e.id === id)).toMatchObject({
      lang: 'en',
      question: 'Where is the number of the exemption decision?',
    });
    expect((await faq('lang=ar')).find((e) => e.id === id)).toMatchObject({
      lang: 'fr',
      question: entry.question,
    });
    expect((await faq(`lang=ar&q=${encodeURIComponent('القرار')}`)).map((e) => e.id)).not.toContain(id);
  });

  it('refuses half a translation, on the field at fault', async () => {
    const res = await post('platform', '/api/aide/faq', {
      themeCode: 'dfd',
      question: 'Une question française assez longue ?',
      answer: 'Une réponse française suffisamment longue pour être acceptée.',
      questionEn: 'An English question without its answer?',
      published: true,
      position: 40,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('answerEn');
  });
});

describe(`réclamations on ${dbKind}`, () => {
  let reference = '';
  let fileId = '';

  it('creates a ticket with an attachment, a gapless reference and a queued mail', async () => {
    const up = await uploadAs('author', 'capture écran.pdf', PDF);
    expect(up.statusCode).toBe(200);
    fileId = up.json().id;
    const res = await post('author', '/api/aide/reclamations', { ...newTicket, attachmentIds: [fileId] });
    expect(res.statusCode).toBe(200);
    reference = res.json().reference;
    expect(reference).toBe('REC-2026-000001');
    const mail = await t.db.one<{ payload: { to: string; subject: string } }>(
      sql`SELECT payload FROM outbox WHERE idempotency_key = ${`help:ticket:${reference}:created`}`,
    );
    expect(mail!.payload.to).toBe(users.author.email);
    expect(mail!.payload.subject).toContain(reference);
    const detail = (await get('author', `/api/aide/reclamations/${reference}`)).json();
    expect(detail).toMatchObject({
      status: 'nouvelle',
      type: 'incident',
      serviceLabel: 'Connexion / Portnet ID',
      actions: ['reply'],
    });
    expect(detail.attachments).toEqual([
      expect.objectContaining({ id: fileId, originalName: 'capture écran.pdf' }),
    ]);
    const mine = (await get('author', '/api/aide/reclamations')).json();
    expect(mine.items.map((i: { reference: string }) => i.reference)).toEqual([reference]);
  });

  it('S32: a ticket is invisible to colleagues and other organisations, whatever the URL or body', async () => {
    for (const who of ['colleague', 'onssa', 'onssaAdmin']) {
      const r = await get(who, `/api/aide/reclamations/${reference}`);
      expect(r.statusCode, who).toBe(404);
      expect(r.body).not.toContain(newTicket.subject);
      expect((await get(who, `/api/aide/reclamations/${reference}/fichiers/${fileId}`)).statusCode).toBe(404);
      expect(
        (await post(who, `/api/aide/reclamations/${reference}/messages`, { body: 'Intrusion' })).statusCode,
      ).toBe(404);
      expect((await post(who, `/api/aide/reclamations/${reference}/reouverture`, {})).statusCode).toBe(404);
      expect(
        (await post(who, `/api/aide/reclamations/${reference}/evaluation`, { rating: 1 })).statusCode,
      ).toBe(404);
      const list = (await get(who, '/api/aide/reclamations')).json();
      expect(list.items).toEqual([]);
      expect((await get(who, '/api/support/reclamations')).statusCode).toBe(403);
      expect(
        (await post(who, `/api/support/reclamations/${reference}/statut`, { status: 'resolue' })).statusCode,
      ).toBe(403);
    }
    expect((await get('onssaAdmin', '/api/aide/reclamations?scope=organisation')).json().items).toEqual([]);
    expect((await get('colleague', '/api/aide/reclamations?scope=organisation')).statusCode).toBe(403);
    // The author's organisation administrator and support see it.
    expect((await get('micAdmin', `/api/aide/reclamations/${reference}`)).statusCode).toBe(200);
    expect((await get('micAdmin', '/api/aide/reclamations?scope=organisation')).json().total).toBe(1);
    expect((await get('support', `/api/aide/reclamations/${reference}`)).statusCode).toBe(200);
    expect((await get('micAdmin', `/api/aide/reclamations/${reference}/fichiers/${fileId}`)).statusCode).toBe(
      200,
    );
    // Refusals are audited.
    const denied = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE event = 'help.ticket.access' AND outcome = 'denied'`,
    );
    expect(denied!.n).toBeGreaterThan(0);
  });

  it("S32: another user's uploaded file cannot be attached by putting its id in a body", async () => {
    const theirs = (await uploadAs('onssa', 'confidentiel.pdf', PDF)).json().id;
    const before = await t.db.one<{ last: number }>(sql`SELECT last FROM ticket_counter WHERE year = 2026`);
    const res = await post('author', '/api/aide/reclamations', { ...newTicket, attachmentIds: [theirs] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('attachmentIds');
    // Nothing changed, and the refused creation gave its number back (gapless).
    const after = await t.db.one<{ last: number }>(sql`SELECT last FROM ticket_counter WHERE year = 2026`);
    expect(after).toEqual(before);
    expect(
      (
        await post('author', `/api/aide/reclamations/${reference}/messages`, {
          body: 'Voir pièce',
          attachmentIds: [theirs],
        })
      ).statusCode,
    ).toBe(400);
    // A file already attached to a ticket cannot be attached again.
    expect(
      (await post('author', '/api/aide/reclamations', { ...newTicket, attachmentIds: [fileId] })).statusCode,
    ).toBe(400);
    const ok = await post('author', '/api/aide/reclamations', { ...newTicket, type: 'suggestion' });
    expect(ok.json().reference).toBe('REC-2026-000002');
  });

  it('flags the first-response SLA once overdue, and filters the queue on it', async () => {
    await advance(5 * HOUR); // incident: first answer due within 4 hours
    const desk = (await get('support', '/api/support/reclamations?overdue=1')).json();
    const row = desk.items.find((i: { reference: string }) => i.reference === reference);
    expect(row.firstResponseOverdue).toBe(true);
    expect(desk.items.map((i: { reference: string }) => i.reference)).not.toContain('REC-2026-000002');
  });

  it('runs the whole conversation: assignment, internal note, answer, reply, resolution, rating', async () => {
    const agents = (await get('support', '/api/support/agents')).json().items;
    expect(agents.map((a: { id: number }) => a.id)).toContain(users.support2.id);
    expect(
      (
        await post('support', `/api/support/reclamations/${reference}/affectation`, {
          assigneeId: users.author.id,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post('support', `/api/support/reclamations/${reference}/affectation`, {
          assigneeId: users.support2.id,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await post('support2', `/api/aide/reclamations/${reference}/messages`, {
          body: 'Vérifier le décalage horaire.',
          internal: true,
        })
      ).statusCode,
    ).toBe(200);
    const templates = (await get('support2', '/api/support/modeles')).json().items;
    expect(templates.length).toBeGreaterThan(0);
    const answer = await post('support2', `/api/aide/reclamations/${reference}/messages`, {
      body: templates[1].body,
    });
    expect(answer.statusCode).toBe(200);

    const seen = (await get('author', `/api/aide/reclamations/${reference}`)).json();
    expect(seen.status).toBe('en_attente');
    expect(seen.assignee.id).toBe(users.support2.id);
    expect(seen.messages.map((m: { body: string }) => m.body)).toEqual([templates[1].body]);
    expect(JSON.stringify(seen)).not.toContain('décalage horaire');
    const note = (await get('support', `/api/aide/reclamations/${reference}`)).json();
    expect(note.messages.some((m: { internal: boolean }) => m.internal)).toBe(true);
    // Mail and in-app notification of the answer.
    const mails = await t.db.query(
      sql`SELECT 1 FROM outbox WHERE idempotency_key LIKE ${`help:ticket:${reference}:message:%`}`,
    );
    expect(mails.length).toBe(1);
    const notif = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM help_notification WHERE user_id = ${users.author.id}`,
    );
    expect(notif!.n).toBe(1);
    const bell = await t.db.one<{ link: string }>(
      sql`SELECT link FROM notification WHERE user_id = ${users.author.id} AND kind = 'ticket'`,
    );
    expect(bell!.link).toBe(`/aide/reclamations/${reference}`);

    // Only support may post internal notes or pick a status.
    expect(
      (await post('author', `/api/aide/reclamations/${reference}/messages`, { body: 'Note', internal: true }))
        .statusCode,
    ).toBe(403);
    const back = await post('author', `/api/aide/reclamations/${reference}/messages`, {
      body: '<script>alert(1)</script> Dernier essai à 08h12, iPhone 13.',
    });
    expect(back.statusCode).toBe(200);
    expect((await get('author', `/api/aide/reclamations/${reference}`)).json().status).toBe('en_cours');

    expect(
      (
        await post('support2', `/api/aide/reclamations/${reference}/messages`, {
          body: 'MFA réinitialisé.',
          status: 'resolue',
        })
      ).statusCode,
    ).toBe(200);
    const resolved = (await get('author', `/api/aide/reclamations/${reference}`)).json();
    expect(resolved.status).toBe('resolue');
    expect(resolved.actions).toEqual(['reopen', 'rate']);
    expect(resolved.messages[1].body).toBe('<script>alert(1)</script> Dernier essai à 08h12, iPhone 13.');

    // Reopen within the delay, resolve again, then rate: closed.
    expect((await post('author', `/api/aide/reclamations/${reference}/reouverture`, {})).statusCode).toBe(
      200,
    );
    expect(
      (await post('support2', `/api/support/reclamations/${reference}/statut`, { status: 'resolue' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post('support2', `/api/support/reclamations/${reference}/statut`, { status: 'nouvelle' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await post('author', `/api/aide/reclamations/${reference}/evaluation`, { rating: 6 })).statusCode,
    ).toBe(400);
    expect(
      (
        await post('author', `/api/aide/reclamations/${reference}/evaluation`, {
          rating: 5,
          comment: 'Rapide, merci.',
        })
      ).statusCode,
    ).toBe(200);
    const closed = (await get('author', `/api/aide/reclamations/${reference}`)).json();
    expect(closed.status).toBe('cloturee');
    expect(closed.satisfaction).toEqual({ rating: 5, comment: 'Rapide, merci.' });
    expect(closed.actions).toEqual([]);
    expect(
      closed.history.map((h: { kind: string; toStatus: string | null }) => `${h.kind}:${h.toStatus ?? ''}`),
    ).toEqual([
      'created:nouvelle',
      'assigned:',
      'status:en_cours',
      'status:en_attente',
      'status:en_cours',
      'status:resolue',
      'status:en_cours',
      'status:resolue',
      'status:cloturee',
      'rated:',
    ]);
    expect(
      (await post('author', `/api/aide/reclamations/${reference}/messages`, { body: 'Encore ?' })).statusCode,
    ).toBe(409);
    const audits = await t.db.query<{ event: string }>(
      sql`SELECT event FROM audit_log WHERE object_type = 'ticket' AND object_id = ${reference} AND outcome = 'success' ORDER BY id`,
    );
    expect(audits.map((a) => a.event)).toEqual(
      expect.arrayContaining([
        'help.ticket.created',
        'help.ticket.assigned',
        'help.ticket.note',
        'help.ticket.status',
        'help.ticket.rated',
      ]),
    );
  });

  it('refuses reopening after the delay and closes resolved tickets automatically', async () => {
    const r = (await post('author', '/api/aide/reclamations', { ...newTicket, type: 'information' })).json()
      .reference;
    await post('support', `/api/support/reclamations/${r}/statut`, { status: 'resolue' });
    await advance(8 * DAY);
    const late = await post('author', `/api/aide/reclamations/${r}/reouverture`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('7 jours');
    expect(await closeExpiredResolved(t.deps)).toBeGreaterThanOrEqual(1);
    const d = (await get('author', `/api/aide/reclamations/${r}`)).json();
    expect(d.status).toBe('cloturee');
    expect(d.actions).toEqual(['rate']);
  });

  it('validates input with French messages and changes nothing (S33)', async () => {
    const before = (await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ticket`))!.n;
    const res = await post('author', '/api/aide/reclamations', {
      type: 'autre',
      serviceCode: '',
      subject: 'a',
      description: '',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['type', 'serviceCode', 'subject', 'description']));
    const unknownService = await post('author', '/api/aide/reclamations', {
      ...newTicket,
      serviceCode: "x' OR '1'='1",
    });
    expect(unknownService.statusCode).toBe(400);
    expect(unknownService.json().error.details.fields[0].message).toBe('Sélectionnez le service concerné.');
    expect((await get('author', '/api/aide/reclamations/REC-1')).statusCode).toBe(400);
    expect((await get('author', '/api/aide/reclamations?status=drop')).statusCode).toBe(400);
    expect((await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ticket`))!.n).toBe(before);
  });

  it('S29: the attachment endpoint answers 413 with the limit and 415 for a disallowed type', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024, 32)]);
    const res = await uploadAs('author', 'gros.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain('1 Mo');
    const html = await uploadAs('author', 'page.pdf', Buffer.from('<html><script>x</script></html>'));
    expect(html.statusCode).toBe(415);
    const rules = (await t.app.inject({ url: '/api/aide/fichiers/regles' })).json();
    expect(rules).toEqual({
      maxBytes: 1024 * 1024,
      maxFiles: 5,
      types: ['PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX'],
      extensions: ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.xlsx'],
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/aide/fichiers', payload: {} })).statusCode).toBe(
      401,
    );
  });

  it('contact creates a ticket of type Contact and returns its reference', async () => {
    const res = await post('onssa', '/api/aide/contact', {
      subject: 'Demande de rappel',
      description: 'Merci de me rappeler au sujet de l’accès de notre nouveau chef de service.',
    });
    expect(res.statusCode).toBe(200);
    const d = (await get('onssa', `/api/aide/reclamations/${res.json().reference}`)).json();
    expect(d.type).toBe('contact');
    expect(d.serviceLabel).toBe("Centre d'aide");
  });

  it('lists a page of tickets in a bounded number of statements (no N+1)', async () => {
    for (let i = 0; i < 3; i++) await post('colleague', '/api/aide/reclamations', newTicket);
    const statements: string[] = [];
    const off = t.db.onQuery((q) => statements.push(q));
    const res = await get('support', '/api/support/reclamations');
    off();
    expect(res.json().items.length).toBeGreaterThan(5);
    expect(
      statements.filter((s) => !/portal_session|app_user u\s+JOIN organisation/i.test(s)).length,
    ).toBeLessThanOrEqual(2);
  });
});
