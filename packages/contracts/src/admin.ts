import { z } from 'zod';

export const auditQuery = z.object({
  q: z.string().trim().max(200).optional(),
  event: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9_.]*$/, 'nom d’événement invalide')
    .optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  actorUserId: z.coerce.number().int().positive().optional(),
  objectType: z.string().trim().max(50).optional(),
  objectId: z.string().trim().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(10).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  event: z.string(),
  outcome: z.string(),
  actorUserId: z.number().nullable(),
  actorOrgId: z.number().nullable(),
  actorLabel: z.string().nullable(),
  ip: z.string().nullable(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  sealed: z.boolean(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.object({ entries: z.array(auditEntry), nextCursor: z.number().nullable() });
export type AuditPage = z.infer<typeof auditPage>;

export const mailEntry = z.object({
  id: z.number(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  transport: z.enum(['smtp', 'stored']),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const mailPage = z.object({ mails: z.array(mailEntry), nextCursor: z.number().nullable() });
export type MailPage = z.infer<typeof mailPage>;

export const adminOrganisation = z.object({
  id: z.number(),
  code: z.string(),
  type: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  users: z.number(),
});
export type AdminOrganisation = z.infer<typeof adminOrganisation>;

export const customsOffice = z.object({
  code: z.string().regex(/^\d{3}$/, 'code à 3 chiffres attendu'),
  name: z.string().trim().min(2).max(120),
  city: z.string().trim().min(2).max(80),
  kind: z.enum(['port', 'aéroport', 'terrestre', 'intérieur']),
  active: z.boolean(),
});
export type CustomsOffice = z.infer<typeof customsOffice>;

export const hsImportResult = z.object({ imported: z.number(), created: z.number(), updated: z.number() });
export type HsImportResult = z.infer<typeof hsImportResult>;
