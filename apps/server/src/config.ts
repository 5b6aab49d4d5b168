// The only reader of process.env. Every setting is validated here once, at start, so a
// misconfigured deployment fails immediately with a message naming the variable at fault.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'doit commencer par postgres:// (laisser vide pour la base embarquée PGlite)',
    )
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: bool.optional(),
  SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'doit être 32 octets encodés en base64 (openssl rand -base64 32)')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'doit commencer par smtp:// ou smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('PORTNET <no-reply@portnet.ma>'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  // How long a per-process read cache (sessions, list totals, dashboard version) may trust an
  // entry when another instance could have written meanwhile; writes through this process drop
  // entries at once (ADR 0004). 0 turns the caches off.
  // Serve the web build from another folder (parallel e2e runs, each with its own `vite build --outDir`).
  WEB_DIST_DIR: z.string().min(1).optional(),
  READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  PASSWORD_COMPOSITION_RULE: bool.default(true),
  CAPTCHA_COST: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(200).default(10),
  HELP_REOPEN_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('portail-mic'),
  OIDC_CLIENT_SECRET: z.string().min(16).optional(),
  CUSTOMS_ENDPOINT_URL: z.url().optional(),
  CUSTOMS_INBOUND_TOKEN: z.string().min(24).optional(),
  CUSTOMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TIJARIA_LLM_URL: z.url().optional(),
  TIJARIA_LLM_MODEL: z.string().min(1).default('default'),
  TIJARIA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  TRUST_PROXY: bool.default(false),
});

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
  /** true when no DATABASE_URL is given: PGlite under DATA_DIR. */
  embedded: boolean;
  /** plain-http local mode: cookies without Secure, openid-client allowed over http. */
  insecureHttp: boolean;
  demoData: boolean;
  oidcIssuer: string;
}

export class ConfigError extends Error {}

/** Parses an environment (process.env by default); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  const embedded = raw.DATABASE_URL === undefined;
  const insecureHttp = raw.PUBLIC_URL.startsWith('http://');
  if (!embedded && !raw.SECRETS_KEY) {
    throw new ConfigError(
      'Configuration invalide :\n  SECRETS_KEY: obligatoire avec DATABASE_URL (32 octets en base64, gardés hors de la base)',
    );
  }
  return {
    ...raw,
    PUBLIC_URL: raw.PUBLIC_URL.replace(/\/$/, ''),
    embedded,
    insecureHttp,
    demoData: raw.DEMO_DATA ?? embedded,
    oidcIssuer: raw.OIDC_ISSUER ?? `${raw.PUBLIC_URL.replace(/\/$/, '')}/id`,
  };
}
