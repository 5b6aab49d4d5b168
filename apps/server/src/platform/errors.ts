// One error type with a stable code. The client maps codes to translated messages; the message
// (written in French here) is what a client shows when it does not know the code, and the error
// handler sends it, with the field messages, in the reader's language (server-messages.ts).
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type Locale, localeOf } from './locale.ts';
import { translateServerMessage } from './server-messages.ts';

export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: { fields?: FieldIssue[]; [k: string]: unknown };
  constructor(code: ErrorCode, message: string, details?: AppError['details']) {
    super(message);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

export const notFound = (what = 'Ressource introuvable.') => new AppError('NOT_FOUND', what);
export const forbidden = (why = "Vous n'avez pas les droits nécessaires pour cette action.") =>
  new AppError('FORBIDDEN', why);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: AppError['details'] };
}

/** The languages an Accept-Language header asks for, best first (by q, then by order). */
function acceptedLocale(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((l) => l.lang === 'fr' || l.lang === 'ar' || l.lang === 'en');
  return first ? localeOf(first.lang) : null;
}

/**
 * The language an error is written in: the signed-in user's, else the first of ar/en/fr the
 * Accept-Language header names, else French. The operators' intake API (/api/v1/) is documented in
 * French and its clients' HTTP libraries send whatever Accept-Language they default to, if any: it
 * answers in French unless the request carries an Accept-Language header naming ar or en.
 */
export function readerLocale(request: FastifyRequest): Locale {
  const raw = request.headers['accept-language'];
  const header = typeof raw === 'string' ? raw : undefined;
  if (request.url.startsWith('/api/v1/')) return acceptedLocale(header) ?? 'fr';
  const sessionLocale = request.session?.user.locale;
  if (sessionLocale) return localeOf(sessionLocale);
  return acceptedLocale(header) ?? 'fr';
}

/** The error body's texts (message, field and line messages) in the reader's language. */
function localized(body: ErrorBody['error'], locale: Locale): ErrorBody['error'] {
  if (locale === 'fr') return body;
  const items = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((item: unknown) => {
          const message = (item as { message?: unknown } | null)?.message;
          return typeof message === 'string'
            ? { ...(item as object), message: translateServerMessage(message, locale) }
            : item;
        })
      : list;
  const out: ErrorBody['error'] = { ...body, message: translateServerMessage(body.message, locale) };
  if (body.details) {
    out.details = { ...body.details };
    if (body.details.fields) out.details.fields = items(body.details.fields) as FieldIssue[];
    if (body.details.lines) out.details.lines = items(body.details.lines);
    const reasons = body.details.reasons;
    if (Array.isArray(reasons))
      out.details.reasons = reasons.map((r: unknown) =>
        typeof r === 'string' ? translateServerMessage(r, locale) : r,
      );
  }
  return out;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    let appError: AppError;
    if (err instanceof AppError) appError = err;
    else if (hasZodFastifySchemaValidationErrors(err)) {
      appError = new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
        fields: err.validation.map((v) => {
          const issue = v.params.issue as { path?: PropertyKey[]; message?: string } | undefined;
          return {
            path:
              String(v.instancePath || '')
                .replace(/^\//, '')
                .replaceAll('/', '.') || (issue?.path ?? []).join('.'),
            message: issue?.message ?? v.message ?? 'Valeur invalide',
          };
        }),
      });
    } else if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) {
      appError = new AppError(
        'PAYLOAD_TOO_LARGE',
        'Le fichier ou la requête dépasse la taille maximale autorisée.',
      );
    } else if (err.statusCode === 429) {
      appError = new AppError('RATE_LIMITED', 'Trop de tentatives. Veuillez patienter avant de réessayer.');
    } else if (err.statusCode === 415) {
      appError = new AppError('UNSUPPORTED_MEDIA_TYPE', 'Type de contenu non pris en charge.');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      appError = new AppError('VALIDATION', 'Requête invalide.');
    } else {
      // S31: the client learns nothing about the failure; the log keeps the detail.
      request.log.error({ err }, 'unhandled error');
      appError = new AppError('INTERNAL', 'Une erreur interne est survenue. Veuillez réessayer plus tard.');
    }
    if (appError.status >= 500 && err instanceof AppError) request.log.error({ err }, appError.message);
    const locale = readerLocale(request);
    const body: ErrorBody = {
      error: localized(
        { code: appError.code, message: appError.message, requestId: request.id, details: appError.details },
        locale,
      ),
    };
    reply.status(appError.status).header('content-language', locale).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const locale = readerLocale(request);
    reply
      .status(404)
      .header('content-language', locale)
      .send({
        error: {
          code: 'NOT_FOUND',
          message: translateServerMessage('Ressource introuvable.', locale),
          requestId: request.id,
        },
      } satisfies ErrorBody);
  });
}
