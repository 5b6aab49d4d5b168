// GET /api/demo-portals/:portal/me — who is signed in to a demo portal (a Portnet ID client), and
// POST …/logout. These portals exist to prove the single sign-on.
import type { DemoPortal, DemoPortalMeResponse, LogoutResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const fetchDemoPortalMe = (portal: DemoPortal) =>
  api<DemoPortalMeResponse>(`/api/demo-portals/${portal}/me`);

export const demoPortalMeQuery = (portal: DemoPortal) =>
  queryOptions({
    queryKey: ['demo-portal', portal, 'me'],
    queryFn: () => fetchDemoPortalMe(portal),
    staleTime: 0,
    retry: false,
  });

export const useDemoPortalMe = (portal: DemoPortal) => useQuery(demoPortalMeQuery(portal));

export const demoPortalLogout = (portal: DemoPortal) =>
  api<LogoutResponse>(`/api/demo-portals/${portal}/logout`, { method: 'POST' });
