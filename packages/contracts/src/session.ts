import { z } from 'zod';
import { ROLES } from './roles.ts';

export const organisationSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  type: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  nameEn: z.string(),
});
export type OrganisationSummary = z.infer<typeof organisationSummary>;

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(['fr', 'ar', 'en']),
  roles: z.array(z.enum(ROLES)),
  organisation: organisationSummary,
});
export type SessionUser = z.infer<typeof sessionUser>;

/** GET /api/session: who is signed in, the CSRF token to echo, and the menu they may see. */
export const sessionResponse = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  mustChangePassword: z.boolean(),
});

export const preferencesBody = z.object({ locale: z.enum(['fr', 'ar', 'en']) });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
