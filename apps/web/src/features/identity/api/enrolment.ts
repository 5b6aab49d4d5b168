// GET/POST /api/id/interactions/:uid/enrolment — first device: QR code and secret, then the first code
// which activates it and returns the 10 recovery codes.
import type { EnrolmentConfirmRequest, EnrolmentResponse, RecoveryCodesResponse } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

const path = (uid: string) => `/api/id/interactions/${encodeURIComponent(uid)}/enrolment`;

export const enrolmentQuery = (uid: string) =>
  queryOptions({
    queryKey: ['id', 'enrolment', uid],
    queryFn: () => api<EnrolmentResponse>(path(uid)),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

export const postEnrolment = (uid: string, body: EnrolmentConfirmRequest) =>
  api<RecoveryCodesResponse>(path(uid), { method: 'POST', json: body });
