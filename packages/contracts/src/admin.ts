import { z } from 'zod';
import { ROLES } from './roles.ts';

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

const role = z.enum(ROLES);

export const adminUser = z.object({
  id: z.number(),
  username: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  status: z.enum(['invited', 'active', 'disabled']),
  mustChangePassword: z.boolean(),
  organisationId: z.number(),
  organisationCode: z.string(),
  mfaEnrolled: z.boolean(),
  lockedUntil: z.string().nullable(),
  activeSessions: z.number(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUser>;

export const usersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['invited', 'active', 'disabled']).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
});

export const inviteUserBody = z.object({
  organisationId: z.number().int().positive(),
  username: z
    .string()
    .trim()
    .min(3, '3 caractères au moins')
    .max(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lettres minuscules, chiffres, point, tiret ou souligné'),
  email: z.email('adresse e-mail invalide').max(254),
  displayName: z.string().trim().min(2, '2 caractères au moins').max(120),
  roles: z.array(role).min(1, 'au moins un rôle'),
});
export type InviteUserBody = z.infer<typeof inviteUserBody>;

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(2).max(120).optional(),
    roles: z.array(role).min(1, 'au moins un rôle').optional(),
    status: z.enum(['active', 'disabled']).optional(),
    mustChangePassword: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'aucune modification');
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetMfaBody = z.object({
  reason: z.string().trim().min(5, 'motif de 5 caractères au moins').max(500),
});

export const adminSession = z.object({
  ref: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AdminSession = z.infer<typeof adminSession>;
