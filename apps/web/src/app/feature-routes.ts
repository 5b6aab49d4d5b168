// Each feature declares its pages in features/<name>/routes.tsx as a function receiving the two
// parent routes (public root and the signed-in /portail layout). This file only lists them.
import type { AnyRoute } from '@tanstack/react-router';

export interface RouteParents {
  root: AnyRoute;
  portal: AnyRoute;
}

export interface FeatureRoutes {
  /** Pages outside the portal shell (public site, sign-in, verification…). */
  publicRoutes?: AnyRoute[];
  /** Pages inside the portal shell (/portail/…). */
  portalRoutes?: AnyRoute[];
}

export type FeatureRoutesFactory = (parents: RouteParents) => FeatureRoutes;
