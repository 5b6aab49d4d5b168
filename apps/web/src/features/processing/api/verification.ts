// GET /api/verification/:code — public: is this decision authentic, and what is its state now?
import type { VerificationResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const verificationQuery = (code: string) =>
  queryOptions({
    queryKey: ['processing', 'verification', code],
    queryFn: ({ signal }) =>
      api<VerificationResponse>(`/api/verification/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });

export const useVerification = (code: string) => useQuery(verificationQuery(code));
