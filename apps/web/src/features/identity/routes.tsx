// Portnet ID pages (outside the shell: sign-in, password reset, invitation) and the profile's
// security pages (inside /portail). Each page is its own chunk; the CAPTCHA widget is only in the
// chunks of the pages that show it.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';

export const routes: FeatureRoutesFactory = ({ root, portal }) => ({
  publicRoutes: [
    createRoute({
      getParentRoute: () => root,
      path: '/connexion/mot-de-passe-oublie',
      component: lazyRouteComponent(() => import('./routes/ForgotPasswordPage')),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/connexion/reinitialisation',
      component: lazyRouteComponent(() => import('./routes/TokenPasswordPage'), 'ResetPasswordPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/connexion/invitation',
      component: lazyRouteComponent(() => import('./routes/TokenPasswordPage'), 'InvitationPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/connexion/$uid',
      component: lazyRouteComponent(() => import('./routes/SignInPage')),
    }),
  ],
  portalRoutes: [
    createRoute({
      getParentRoute: () => portal,
      path: 'profil/mot-de-passe',
      component: lazyRouteComponent(() => import('./routes/ChangePasswordPage')),
    }),
    createRoute({
      getParentRoute: () => portal,
      path: 'profil/mfa',
      component: lazyRouteComponent(() => import('./routes/ResetMfaPage')),
    }),
  ],
});
