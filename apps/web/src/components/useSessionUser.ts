// Features read the signed-in user from the session query the shell has loaded.
import type { SessionResponse } from '@portail/contracts';
import { useQueryClient } from '@tanstack/react-query';

export function useSessionUser() {
  const client = useQueryClient();
  return client.getQueryData<SessionResponse>(['session'])?.user ?? null;
}
