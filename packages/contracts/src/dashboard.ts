// Tableau de bord: GET /api/dashboard. Every figure is a count of dossiers SUBMITTED in the period
// (the list's submittedFrom / submittedTo), broken down by their current state, so each figure
// equals the total of a list filtered the same way.
import { z } from 'zod';
import { DIRECTIONS } from './catalogue.ts';

export const DASHBOARD_PERIODS = ['30j', 'mois', 'trimestre', 'annee', '12m', 'personnalisee'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Date invalide.');

/** Query string of GET /api/dashboard (and of the page's URL). */
export const dashboardQuery = z
  .object({
    period: z.enum(DASHBOARD_PERIODS, 'Période inconnue.').default('12m'),
    submittedFrom: isoDate.optional(),
    submittedTo: isoDate.optional(),
    procedure: z
      .string()
      .regex(/^[A-Z]{2,6}$/, 'Code de procédure invalide.')
      .optional(),
    customsOffice: z
      .string()
      .regex(/^[0-9A-Z]{1,10}$/, 'Code de bureau douanier invalide.')
      .optional(),
    /** Owning organisation (administrateur plateforme only). */
    organisation: z
      .string()
      .regex(/^[A-Z0-9_-]{2,20}$/, "Code d'organisme invalide.")
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.period !== 'personnalisee') return;
    if (!q.submittedFrom || !q.submittedTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['submittedFrom'],
        message: 'Période personnalisée : indiquez la date de début et la date de fin.',
      });
      return;
    }
    if (q.submittedFrom > q.submittedTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['submittedTo'],
        message: 'La date de fin doit être postérieure ou égale à la date de début.',
      });
    }
    const days = (Date.parse(q.submittedTo) - Date.parse(q.submittedFrom)) / 86_400_000;
    if (days > 366 * 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['submittedTo'],
        message: 'La période ne peut pas dépasser 5 ans.',
      });
    }
  });
export type DashboardQuery = z.input<typeof dashboardQuery>;
export type DashboardParams = z.output<typeof dashboardQuery>;

const count = z.number().int();

export const dashboardFigures = z.object({
  received: count,
  /** soumise + en_instruction */
  inProgress: count,
  /** complement_demande */
  awaitingOperator: count,
  /** attente_avis */
  awaitingOpinions: count,
  /** acceptee + transmise_douane + imputee */
  accepted: count,
  rejected: count,
  cancelled: count,
  /** accepted / (accepted + rejected), 0..1; null without decision */
  acceptanceRate: z.number().nullable(),
  /** submission → decision, hours; null without decision */
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  /** decided within the SLA / decided with a deadline, 0..1 */
  withinSlaRate: z.number().nullable(),
  /** open, deadline passed, clock running, now */
  overdue: count,
});
export type DashboardFigures = z.infer<typeof dashboardFigures>;

export const dashboardResponse = z.object({
  period: z.object({ period: z.enum(DASHBOARD_PERIODS), from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  /** What the user may filter on, and the procedures in scope (linkable: the user may open its list). */
  scope: z.object({
    procedures: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        slug: z.string(),
        direction: z.enum(DIRECTIONS),
        linkable: z.boolean(),
      }),
    ),
    customsOffices: z.array(z.object({ code: z.string(), name: z.string() })),
    /** administrateur plateforme only */
    organisations: z.array(z.object({ code: z.string(), name: z.string() })).nullable(),
  }),
  figures: z.object({ import: dashboardFigures, export: dashboardFigures }),
  /** count per procedure and current state: every state figure is a sum of these cells */
  byState: z.array(z.object({ procedure: z.string(), state: z.string(), count })),
  /** per procedure and month of submission (YYYY-MM): received, decided within / beyond the SLA */
  byMonth: z.array(
    z.object({ procedure: z.string(), month: z.string(), count, withinSla: count, late: count }),
  ),
  byOffice: z.array(z.object({ procedure: z.string(), office: z.string(), name: z.string(), count })),
  byChapter: z.array(z.object({ procedure: z.string(), chapter: z.string(), label: z.string(), count })),
  /** decided dossiers by processing time class */
  durations: z.array(
    z.object({ direction: z.enum(DIRECTIONS), fromDays: z.number(), toDays: z.number().nullable(), count }),
  ),
  /** the same classes per procedure: each is the total of the list filtered by processingDays=from-to */
  durationsByProcedure: z.array(
    z.object({ procedure: z.string(), fromDays: z.number(), toDays: z.number().nullable(), count }),
  ),
  overdueByProcedure: z.array(z.object({ procedure: z.string(), count })),
  /** chef de service: open dossiers assigned (workload) and decided (throughput) per agent */
  agents: z
    .array(
      z.object({
        userId: z.number().int(),
        name: z.string(),
        open: count,
        decided: count,
        /** per procedure: the totals of the lists filtered by agent=<id> and stage=open|decided */
        byProcedure: z.array(z.object({ procedure: z.string(), open: count, decided: count })),
      }),
    )
    .nullable(),
});
export type DashboardResponse = z.infer<typeof dashboardResponse>;
