// POST /api/id/password/check — the strength meter's verdict (score, refusal reasons, hints).
import type { PasswordCheckRequest, PasswordCheckResponse } from '@portail/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const postPasswordCheck = (body: PasswordCheckRequest) =>
  api<PasswordCheckResponse>('/api/id/password/check', { method: 'POST', json: body });

/** Checks the password once typing pauses (the caller debounces `body.password`). */
export const usePasswordCheck = (body: PasswordCheckRequest) =>
  useQuery({
    queryKey: ['id', 'password-check', body],
    queryFn: () => postPasswordCheck(body),
    enabled: body.password.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
