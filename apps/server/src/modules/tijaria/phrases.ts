// TijarIA's fixed phrases and live-answer templates in the three interface languages. Passages
// themselves exist in French only: answers in Arabic or English say so before quoting them.
export type Lang = 'fr' | 'ar' | 'en';

interface Phrases {
  according: (title: string) => string;
  seeAlso: string;
  frenchOnly: string;
  noAnswer: string;
  noAnswerTicket: string;
  dossierUnknown: (ref: string) => string;
  dossierState: (ref: string, procedure: string, state: string, since: string) => string;
  slaOverdue: (due: string, days: number) => string;
  slaRemaining: (due: string, days: number) => string;
  slaPaused: string;
  decision: (number: string, outcome: string, at: string) => string;
  overdue: (n: number, scope: string) => string;
  overdueList: string;
  assignedToMe: (n: number) => string;
  count: (n: number, what: string) => string;
  stateWord: (state: string) => string;
  ofProcedure: (name: string) => string;
  periods: Record<'today' | 'week' | 'month' | 'last_month' | 'year' | 'since', (from: string) => string>;
  documents: (name: string) => string;
  noDocuments: (name: string) => string;
  sla: (name: string, sla: string) => string;
  stopped: string;
  injection: string;
  redacted: string;
}

const fr: Phrases = {
  according: (t) => `D'après « ${t} » :`,
  seeAlso: 'Voir aussi :',
  frenchOnly: '',
  noAnswer:
    "Je n'ai rien trouvé de pertinent dans le guide utilisateur, la FAQ ni le catalogue des procédures pour répondre à cette question.",
  noAnswerTicket: 'Vous pouvez soumettre une réclamation au support PORTNET : « Créer une réclamation ».',
  dossierUnknown: (ref) =>
    `Je ne trouve aucun dossier ${ref} parmi ceux auxquels vous avez accès. Vérifiez le N° d'enregistrement ; si vous pensez devoir y accéder, adressez-vous à l'administrateur de votre organisation.`,
  dossierState: (ref, p, s, since) => `Le dossier ${ref} (${p}) est à l'état « ${s} » depuis le ${since}.`,
  slaOverdue: (due, d) =>
    `Le délai de traitement est dépassé depuis le ${due} (${d} jour${d > 1 ? 's' : ''} de retard).`,
  slaRemaining: (due, d) =>
    `Échéance de traitement : ${due} (${d} jour${d > 1 ? 's' : ''} restant${d > 1 ? 's' : ''}).`,
  slaPaused: 'Le délai de traitement est suspendu (complément demandé).',
  decision: (n, o, at) => `Décision n° ${n} : ${o}, le ${at}.`,
  overdue: (n, scope) =>
    n === 0
      ? `Vous n'avez aucune demande en retard${scope} parmi les demandes que vous pouvez consulter.`
      : `Vous avez ${n} demande${n > 1 ? 's' : ''} en retard (délai de traitement dépassé)${scope} parmi les demandes que vous pouvez consulter.`,
  overdueList: 'Les plus en retard :',
  assignedToMe: (n) => `Dont ${n} qui vous ${n > 1 ? 'sont assignées' : 'est assignée'}.`,
  count: (n, what) => `Vous avez accès à ${n} demande${n > 1 ? 's' : ''}${what}.`,
  stateWord: (s) => ` à l'état « ${s} »`,
  ofProcedure: (name) => ` de la procédure ${name}`,
  periods: {
    today: () => " soumise(s) aujourd'hui",
    week: () => ' soumise(s) cette semaine',
    month: () => ' soumise(s) ce mois-ci',
    last_month: () => ' soumise(s) le mois dernier',
    year: () => ' soumise(s) cette année',
    since: (f) => ` soumise(s) depuis le ${f}`,
  },
  documents: (name) => `Documents à joindre à une demande ${name} :`,
  noDocuments: (name) => `Le catalogue ne prévoit aucun document à joindre pour ${name}.`,
  sla: (name, sla) =>
    `Le délai de traitement (SLA) de la procédure ${name} est de ${sla} à compter de la soumission.`,
  stopped: '(réponse interrompue)',
  injection:
    'Je réponds uniquement à partir du guide, de la FAQ, du catalogue des procédures et des dossiers auxquels vous avez accès ; je ne peux pas changer ces règles.',
  redacted: '[référence masquée]',
};

const en: Phrases = {
  according: (t) => `According to « ${t} »:`,
  seeAlso: 'See also:',
  frenchOnly: 'The portal documentation exists in French only; here is the French passage.',
  noAnswer:
    'I found nothing relevant in the user guide, the FAQ or the procedure catalogue to answer this question.',
  noAnswerTicket: 'You can submit a complaint to PORTNET support: « Create a complaint ».',
  dossierUnknown: (ref) =>
    `I cannot find any file ${ref} among those you have access to. Check the registration number; if you believe you should have access, contact your organisation's administrator.`,
  dossierState: (ref, p, s, since) => `File ${ref} (${p}) has been in state « ${s} » since ${since}.`,
  slaOverdue: (due, d) => `The processing deadline passed on ${due} (${d} day${d > 1 ? 's' : ''} late).`,
  slaRemaining: (due, d) => `Processing deadline: ${due} (${d} day${d > 1 ? 's' : ''} left).`,
  slaPaused: 'The processing deadline is suspended (information requested).',
  decision: (n, o, at) => `Decision no. ${n}: ${o}, on ${at}.`,
  overdue: (n, scope) =>
    n === 0
      ? `You have no overdue request${scope} among the requests you can see.`
      : `You have ${n} overdue request${n > 1 ? 's' : ''}${scope} among the requests you can see.`,
  overdueList: 'Most overdue:',
  assignedToMe: (n) => `${n} of them ${n > 1 ? 'are' : 'is'} assigned to you.`,
  count: (n, what) => `You have access to ${n} request${n > 1 ? 's' : ''}${what}.`,
  stateWord: (s) => ` in state « ${s} »`,
  ofProcedure: (name) => ` of procedure ${name}`,
  periods: {
    today: () => ' submitted today',
    week: () => ' submitted this week',
    month: () => ' submitted this month',
    last_month: () => ' submitted last month',
    year: () => ' submitted this year',
    since: (f) => ` submitted since ${f}`,
  },
  documents: (name) => `Documents to attach to a ${name} request:`,
  noDocuments: (name) => `The catalogue requires no document for ${name}.`,
  sla: (name, sla) => `The processing time (SLA) of ${name} is ${sla} from submission.`,
  stopped: '(answer stopped)',
  injection:
    'I only answer from the guide, the FAQ, the procedure catalogue and the files you have access to; I cannot change these rules.',
  redacted: '[reference hidden]',
};

const ar: Phrases = {
  according: (t) => `حسب « ${t} »:`,
  seeAlso: 'انظر أيضا:',
  frenchOnly: 'وثائق البوابة متوفرة باللغة الفرنسية فقط؛ إليكم المقطع بالفرنسية.',
  noAnswer:
    'لم أجد أي معلومة ذات صلة في دليل المستخدم أو الأسئلة الشائعة أو فهرس المساطر للإجابة عن هذا السؤال.',
  noAnswerTicket: 'يمكنكم تقديم شكاية إلى دعم PORTNET: « إنشاء شكاية ».',
  dossierUnknown: (ref) =>
    `لا أجد أي ملف ${ref} ضمن الملفات التي يمكنكم الاطلاع عليها. تحققوا من رقم التسجيل؛ وإذا كنتم تعتقدون أنه يحق لكم الاطلاع عليه، فاتصلوا بمسؤول مؤسستكم.`,
  dossierState: (ref, p, s, since) => `الملف ${ref} (${p}) في حالة « ${s} » منذ ${since}.`,
  slaOverdue: (due, d) => `تم تجاوز أجل المعالجة منذ ${due} (تأخير ${d} يوم).`,
  slaRemaining: (due, d) => `أجل المعالجة: ${due} (متبقي ${d} يوم).`,
  slaPaused: 'أجل المعالجة معلق (طلب معلومات إضافية).',
  decision: (n, o, at) => `القرار رقم ${n}: ${o}، بتاريخ ${at}.`,
  overdue: (n, scope) =>
    n === 0
      ? `ليس لديكم أي طلب متأخر${scope} ضمن الطلبات التي يمكنكم الاطلاع عليها.`
      : `لديكم ${n} طلب متأخر${scope} ضمن الطلبات التي يمكنكم الاطلاع عليها.`,
  overdueList: 'الأكثر تأخرا:',
  assignedToMe: (n) => `منها ${n} مسندة إليكم.`,
  count: (n, what) => `يمكنكم الاطلاع على ${n} طلب${what}.`,
  stateWord: (s) => ` في حالة « ${s} »`,
  ofProcedure: (name) => ` من مسطرة ${name}`,
  periods: {
    today: () => ' مقدمة اليوم',
    week: () => ' مقدمة هذا الأسبوع',
    month: () => ' مقدمة هذا الشهر',
    last_month: () => ' مقدمة الشهر الماضي',
    year: () => ' مقدمة هذه السنة',
    since: (f) => ` مقدمة منذ ${f}`,
  },
  documents: (name) => `الوثائق الواجب إرفاقها بطلب ${name}:`,
  noDocuments: (name) => `لا يتطلب الفهرس أي وثيقة لـ ${name}.`,
  sla: (name, sla) => `أجل معالجة مسطرة ${name} هو ${sla} ابتداء من تاريخ التقديم.`,
  stopped: '(تم إيقاف الجواب)',
  injection:
    'أجيب فقط انطلاقا من الدليل والأسئلة الشائعة وفهرس المساطر والملفات التي يمكنكم الاطلاع عليها؛ ولا يمكنني تغيير هذه القواعد.',
  redacted: '[مرجع محجوب]',
};

export const PHRASES: Record<Lang, Phrases> = { fr, ar, en };

const STATE_LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    soumise: 'Soumise',
    en_instruction: "En cours d'instruction",
    complement_demande: 'Complément demandé',
    attente_avis: "En attente d'avis",
    acceptee: 'Acceptée',
    rejetee: 'Rejetée',
    annulee: 'Annulée',
    transmise_douane: 'Transmise à la douane',
    imputee: 'Imputée',
  },
  en: {
    soumise: 'Submitted',
    en_instruction: 'Under review',
    complement_demande: 'Information requested',
    attente_avis: 'Awaiting opinions',
    acceptee: 'Accepted',
    rejetee: 'Rejected',
    annulee: 'Cancelled',
    transmise_douane: 'Sent to customs',
    imputee: 'Charged by customs',
  },
  ar: {
    soumise: 'مقدم',
    en_instruction: 'قيد الدراسة',
    complement_demande: 'طلب معلومات إضافية',
    attente_avis: 'في انتظار الآراء',
    acceptee: 'مقبول',
    rejetee: 'مرفوض',
    annulee: 'ملغى',
    transmise_douane: 'محال على الجمارك',
    imputee: 'مقيد لدى الجمارك',
  },
};

export const stateName = (lang: Lang, state: string): string => STATE_LABELS[lang][state] ?? state;

const OUTCOMES: Record<Lang, Record<string, string>> = {
  fr: { acceptee: 'acceptée', rejetee: 'rejetée' },
  en: { acceptee: 'accepted', rejetee: 'rejected' },
  ar: { acceptee: 'مقبول', rejetee: 'مرفوض' },
};
export const outcomeName = (lang: Lang, o: string): string => OUTCOMES[lang][o] ?? o;

/** Dates as the guide writes them (JJ/MM/AAAA), in Morocco's time zone. */
export const formatDate = (d: Date | string): string =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Africa/Casablanca',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(d));
