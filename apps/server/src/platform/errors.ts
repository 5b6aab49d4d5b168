// One error type with a stable code. The client maps codes to translated messages; the French
// message here is the fallback shown when a client does not know the code.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

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
    const body: ErrorBody = {
      error: {
        code: appError.code,
        message: appError.message,
        requestId: request.id,
        details: appError.details,
      },
    };
    reply.status(appError.status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'NOT_FOUND', message: 'Ressource introuvable.', requestId: request.id },
    } satisfies ErrorBody);
  });
}
