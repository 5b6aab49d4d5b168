// JSON logs with the request id. Secrets never reach a log line (S30): headers that carry them and
// any field named like a secret are redacted; JSON encoding escapes CR/LF, so input cannot forge lines.
import type { FastifyServerOptions } from 'fastify';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.code',
  '*.token',
  '*.secret',
];

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[masqué]' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    serializers: {
      req: (req) => ({ method: req.method, url: req.url.split('?')[0], ip: req.ip, id: req.id }),
    },
  };
}
