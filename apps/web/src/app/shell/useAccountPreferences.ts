// Applies what the account says once the session is known: the language the user chose (on any
// browser), and an administrator's request to change the password before anything else.
import type { SessionResponse } from '@portail/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import i18n, { changeLanguage, type Language } from '../../i18n';
import { api } from '../../lib/api';
import { useSession } from '../session';

export const PASSWORD_PAGE = '/portail/profil/mot-de-passe';

export function useAccountPreferences(): void {
  const { data } = useSession();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const locale = data?.user.locale;

  useEffect(() => {
    // Only when the account's language becomes known, not on every switch made in this browser.
    if (locale && locale !== i18n.language) void changeLanguage(locale);
  }, [locale]);

  useEffect(() => {
    if (data?.mustChangePassword && path !== PASSWORD_PAGE) void navigate({ to: PASSWORD_PAGE });
  }, [data?.mustChangePassword, path, navigate]);
}

/** Stores the language with the account (the switcher calls it after changing the interface). */
export async function saveLanguage(client: QueryClient, locale: Language): Promise<void> {
  await api('/api/session/preferences', { method: 'PUT', json: { locale } });
  client.setQueryData<SessionResponse>(['session'], (s) => (s ? { ...s, user: { ...s.user, locale } } : s));
  // The server names procedures in the account's language (sidebar, dashboard) and writes the
  // notifications in it (the bell): fetch them anew.
  await Promise.all([
    client.invalidateQueries({ queryKey: ['navigation'] }),
    client.invalidateQueries({ queryKey: ['dashboard'] }),
    client.invalidateQueries({ queryKey: ['processing', 'notifications'] }),
  ]);
}
