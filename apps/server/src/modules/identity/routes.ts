// Portnet ID over HTTP: the OIDC provider itself under /id (through @fastify/middie), and the JSON
// endpoints the sign-in pages (/connexion/<uid>…) and the profile page call. Contract:
// packages/contracts/src/identity.ts.
import middie from '@fastify/middie';
import {
  captchaChallengeResponse,
  changePasswordRequest,
  enrolmentConfirmRequest,
  enrolmentResponse,
  forgotPasswordRequest,
  interactionStateResponse,
  loginRequest,
  loginResponse,
  messageResponse,
  mfaRequest,
  mfaResetRequest,
  passwordCheckRequest,
  passwordCheckResponse,
  recoveryCodesResponse,
  redirectResponse,
  securityStatusResponse,
  tokenPasswordRequest,
  tokenPasswordResponse,
  tokenPurpose,
  tokenStatusResponse,
} from '@portail/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertSameSite, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { readerLocale } from '../../platform/errors.ts';
import { translateServerMessage } from '../../platform/server-messages.ts';
import { consumeCaptcha, newCaptchaChallenge } from './captcha.ts';
import { createProvider, OIDC_MOUNT_PATH, PORTAL_CLIENTS } from './oidc.ts';
import * as service from './service.ts';

const caller = (request: FastifyRequest): service.Caller => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

const uidParams = z.object({ uid: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

// Auto-submits the Portnet ID logout confirmation (served from here: the CSP allows no inline script).
const LOGOUT_SCRIPT =
  "(function(){var f=document.getElementById('op.logoutForm');if(!f)return;var i=document.createElement('input');" +
  "i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();})();";

export async function identityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const provider = await createProvider(deps);
  provider.on('server_error', (_ctx, err) => app.log.error({ err }, 'Portnet ID: erreur interne'));

  // The provider answers every /id/* request itself; the catch-all routes exist so that this
  // scope's middie hook runs for those URLs (hooks only run for routes of their own scope).
  await app.register(middie);
  app.use(OIDC_MOUNT_PATH, provider.callback());
  const unreachable = async () => undefined;
  app.all(OIDC_MOUNT_PATH, { schema: { hide: true } }, unreachable);
  app.all(`${OIDC_MOUNT_PATH}/*`, { schema: { hide: true } }, unreachable);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identité'];
  const noStore = { 'cache-control': 'no-store' };

  r.get('/api/id/assets/deconnexion.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(LOGOUT_SCRIPT),
  );

  r.get(
    '/api/id/captcha/challenge',
    {
      schema: {
        tags,
        summary: 'Défi ALTCHA (« Je ne suis pas un robot »)',
        response: { 200: captchaChallengeResponse },
      },
    },
    async (_request, reply) => {
      reply.headers(noStore);
      return (await newCaptchaChallenge(deps)) as unknown as z.infer<typeof captchaChallengeResponse>;
    },
  );

  r.get(
    '/api/id/interactions/:uid',
    {
      schema: {
        tags,
        summary: 'État de la connexion en cours',
        params: uidParams,
        response: { 200: interactionStateResponse },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { uid } = request.params;
      const interaction = await provider.Interaction.find(uid);
      if (!interaction) throw service.expiredError();
      const clientId = String(interaction.params.client_id ?? '');
      const state = await service.loginState(deps, uid);
      let step: 'login' | 'mfa' | 'enrol' = 'login';
      if (state) {
        const s = await service.securityStatus(deps, state.user_id);
        step = s.mfaEnrolled ? 'mfa' : 'enrol';
      }
      return {
        uid,
        step,
        client: {
          id: clientId,
          name: PORTAL_CLIENTS[clientId as keyof typeof PORTAL_CLIENTS]?.name ?? clientId,
        },
        identifier: state?.identifier ?? null,
        displayName: state?.display_name ?? null,
        abortUrl: `/api/id/interactions/${uid}/abort`,
      };
    },
  );

  r.post(
    '/api/id/interactions/:uid/login',
    {
      schema: {
        tags,
        summary: 'Identifiant, mot de passe et CAPTCHA',
        params: uidParams,
        body: loginRequest,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      assertSameSite(deps, request);
      reply.headers(noStore);
      const { uid } = request.params;
      if (!(await provider.Interaction.find(uid))) throw service.expiredError();
      // S6: the CAPTCHA is checked (and spent) before any password hash is computed.
      await consumeCaptcha(deps, request.body.captcha, request.ip, 'login');
      return service.passwordStep(deps, { uid, ...request.body }, caller(request));
    },
  );

  r.post(
    '/api/id/interactions/:uid/mfa',
    {
      schema: {
        tags,
        summary: 'Code de vérification (TOTP ou code de secours)',
        params: uidParams,
        body: mfaRequest,
        response: { 200: redirectResponse },
      },
    },
    async (request, reply) => {
      assertSameSite(deps, request);
      reply.headers(noStore);
      return {
        redirectTo: await service.mfaStep(
          provider,
          deps,
          request.params.uid,
          request.body.code,
          caller(request),
        ),
      };
    },
  );

  r.get(
    '/api/id/interactions/:uid/enrolment',
    {
      schema: {
        tags,
        summary: 'Premier enregistrement MFA : QR code et secret',
        params: uidParams,
        response: { 200: enrolmentResponse },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.enrolmentForLogin(deps, request.params.uid);
    },
  );

  r.post(
    '/api/id/interactions/:uid/enrolment',
    {
      schema: {
        tags,
        summary: 'Confirmation du premier code ; codes de secours',
        params: uidParams,
        body: enrolmentConfirmRequest,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request, reply) => {
      assertSameSite(deps, request);
      reply.headers(noStore);
      return service.confirmEnrolmentForLogin(
        provider,
        deps,
        request.params.uid,
        request.body.code,
        caller(request),
      );
    },
  );

  async function abort(uid: string): Promise<string> {
    const interaction = await provider.Interaction.find(uid);
    if (!interaction) throw service.expiredError();
    interaction.result = {
      error: 'access_denied',
      error_description: "Connexion annulée par l'utilisateur.",
    };
    await interaction.save(Math.max(1, (interaction.exp ?? 0) - Math.floor(Date.now() / 1000)));
    return interaction.returnTo;
  }

  r.post(
    '/api/id/interactions/:uid/abort',
    {
      schema: {
        tags,
        summary: 'Annuler la connexion',
        params: uidParams,
        response: { 200: redirectResponse },
      },
    },
    async (request) => {
      assertSameSite(deps, request);
      return { redirectTo: await abort(request.params.uid) };
    },
  );

  // « Annuler » is a plain link on the sign-in page: the browser follows it back to the portal.
  r.get(
    '/api/id/interactions/:uid/abort',
    { schema: { tags, summary: 'Annuler la connexion (lien)', params: uidParams } },
    async (request, reply) => reply.redirect(await abort(request.params.uid), 303),
  );

  r.post(
    '/api/id/password/check',
    {
      schema: {
        tags,
        summary: 'Robustesse d’un mot de passe (jauge)',
        body: passwordCheckRequest,
        response: { 200: passwordCheckResponse },
      },
    },
    async (request) => {
      assertSameSite(deps, request);
      const { password, username, token } = request.body;
      let context: { username?: string | null; email?: string | null; displayName?: string | null } = {
        username,
      };
      if (request.session) {
        const u = request.session.user;
        context = { username: u.username, email: u.email, displayName: u.displayName };
      } else if (token) {
        const account =
          (await service.accountForToken(deps, token, 'reset')) ??
          (await service.accountForToken(deps, token, 'invitation'));
        if (account)
          context = { username: account.username, email: account.email, displayName: account.display_name };
      }
      return service.passwordStrength(deps, password, context);
    },
  );

  r.post(
    '/api/id/password/forgot',
    {
      schema: {
        tags,
        summary: 'Mot de passe oublié : lien par e-mail',
        body: forgotPasswordRequest,
        response: { 202: messageResponse },
      },
    },
    async (request, reply) => {
      assertSameSite(deps, request);
      await consumeCaptcha(deps, request.body.captcha, request.ip, 'forgot');
      await service.forgotPassword(deps, request.body.identifier, caller(request));
      return reply.status(202).send({
        message: translateServerMessage(
          'Si un compte correspond à cet identifiant, un e-mail contenant un lien de réinitialisation (valable 30 minutes) vient de lui être envoyé.',
          readerLocale(request),
        ),
      });
    },
  );

  const tokenRoute = (path: string, purpose: 'reset' | 'invitation', summary: string, message: string) =>
    r.post(
      path,
      { schema: { tags, summary, body: tokenPasswordRequest, response: { 200: tokenPasswordResponse } } },
      async (request) => {
        assertSameSite(deps, request);
        await service.setPasswordWithToken(deps, purpose, request.body, caller(request));
        return {
          message: translateServerMessage(message, readerLocale(request)),
          redirectTo: '/api/auth/login',
        };
      },
    );
  tokenRoute(
    '/api/id/password/reset',
    'reset',
    'Nouveau mot de passe depuis le lien reçu',
    'Votre mot de passe a été réinitialisé. Connectez-vous avec votre nouveau mot de passe et votre code de vérification.',
  );
  tokenRoute(
    '/api/id/invitations/accept',
    'invitation',
    "Premier mot de passe depuis l'invitation",
    'Votre mot de passe est enregistré. Connectez-vous pour enregistrer votre application d’authentification.',
  );

  r.get(
    '/api/id/tokens/:token',
    {
      schema: {
        tags,
        summary: 'Validité d’un lien de réinitialisation ou d’invitation',
        params: z.object({ token: z.string().min(10).max(200) }),
        querystring: z.object({ purpose: tokenPurpose }),
        response: { 200: tokenStatusResponse },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const account = await service.accountForToken(deps, request.params.token, request.query.purpose);
      return {
        valid: !!account,
        username: account?.username ?? null,
        displayName: account?.display_name ?? null,
      };
    },
  );

  // --- profile (portal session; CSRF checked by platform/auth.ts) ---------------------------

  r.get(
    '/api/profile/security',
    { schema: { tags, summary: 'Sécurité du compte', response: { 200: securityStatusResponse } } },
    async (request) => service.securityStatus(deps, requireUser(request).id),
  );

  r.post(
    '/api/profile/password',
    {
      schema: {
        tags,
        summary: 'Modifier le mot de passe',
        body: changePasswordRequest,
        response: { 200: messageResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await service.changePassword(
        deps,
        { id: user.id, sessionIdHash: request.session!.idHash },
        request.body,
        caller(request),
      );
      return {
        message: translateServerMessage(
          'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',
          readerLocale(request),
        ),
      };
    },
  );

  r.post(
    '/api/profile/mfa/reset',
    {
      schema: {
        tags,
        summary: 'Réinitialiser MFA : ré-authentification et nouveau secret',
        body: mfaResetRequest,
        response: { 200: enrolmentResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      reply.headers(noStore);
      return service.startMfaReset(deps, user.id, request.body.currentPassword, caller(request));
    },
  );

  r.post(
    '/api/profile/mfa/confirm',
    {
      schema: {
        tags,
        summary: 'Réinitialiser MFA : confirmation par un code',
        body: enrolmentConfirmRequest,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      reply.headers(noStore);
      const recoveryCodes = await service.confirmMfaReset(
        deps,
        { id: user.id, username: user.username, sessionIdHash: request.session!.idHash },
        request.body.code,
        caller(request),
      );
      return { recoveryCodes };
    },
  );
}
