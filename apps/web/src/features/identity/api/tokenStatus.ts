// GET /api/id/tokens/:token?purpose=… — whether a reset or invitation link is still usable.
import type { TokenStatusResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TokenPurpose } from './tokenPassword';

export const tokenStatusQuery = (token: string, purpose: TokenPurpose) =>
  queryOptions({
    queryKey: ['id', 'token', purpose, token],
    queryFn: () => api<TokenStatusResponse>(`/api/id/tokens/${encodeURIComponent(token)}?purpose=${purpose}`),
    retry: false,
    enabled: token.length > 0,
  });

export const useTokenStatus = (token: string, purpose: TokenPurpose) =>
  useQuery(tokenStatusQuery(token, purpose));
