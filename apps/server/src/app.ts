// buildApp(deps) assembles the HTTP server from its dependencies; no I/O happens at import time,
// so tests build as many isolated apps as they need.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MODULES } from './modules/index.ts';
import { registerAuth, sessionCookieName } from './platform/auth.ts';
import type { AppDeps } from './platform/deps.ts';
import { registerErrorHandler } from './platform/errors.ts';
import { loggerOptions } from './platform/logging.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';

export const WEB_DIST = join(import.meta.dirname, '../../web/dist');

/** The web build served: WEB_DIST_DIR lets parallel e2e runs each serve their own build instead of
 * racing on one apps/web/dist that a concurrent rebuild empties mid-test. */
const webDist = (deps: AppDeps): string =>
  deps.config.WEB_DIST_DIR ? resolve(deps.config.WEB_DIST_DIR) : WEB_DIST;

export interface BuildOptions {
  /** false in tests that assert on nothing logged; a pino options object otherwise. */
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web client when present (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(deps.config.LOG_LEVEL),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  await registerSecurityHeaders(app, deps);
  await app.register(cookie);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Portail MIC — API',
        description:
          'API du Portail MIC (PORTNET). Les routes /api/* du portail sont authentifiées par session ; ' +
          "l'API d'intégration des opérateurs par OAuth2 (client credentials) émis par Portnet ID.",
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              "Jeton d'accès OAuth2 (client credentials) délivré par Portnet ID à " +
              `${deps.config.oidcIssuer}/token, ou jeton de la douane pour les accusés de réception.`,
          },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: sessionCookieName(deps),
            description: 'Session du portail (navigateur), avec l’en-tête X-CSRF-Token sur les écritures.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(registerAuth, deps);

  for (const module of MODULES) {
    const routes = module.routes;
    if (routes) await app.register(async (scope) => routes(scope, deps));
  }

  if (options.serveWeb !== false && existsSync(webDist(deps))) await serveWebClient(app, webDist(deps));
  return app;
}

/** The single-page client: hashed assets cached for a year, index.html for every other page path. */
async function serveWebClient(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The build writes .br/.gz next to each asset (apps/web/vite.config.ts): no per-request compression.
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path.startsWith('/id/') || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
