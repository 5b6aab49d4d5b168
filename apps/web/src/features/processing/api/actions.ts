// POSTs of the dossier actions (one endpoint each). Every body carries the dossier version the
// user saw; on success the dossier, the lists and the processing data are refetched.
import type {
  ActionResult,
  AssignBody,
  BulkAssignBody,
  CancelBody,
  ComplementRequestBody,
  GiveOpinionBody,
  OpinionRequestBody,
  ProposalBody,
  SignResult,
  VersionBody,
} from '@portail/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

const post = <T>(path: string, json: unknown) => api<T>(path, { method: 'POST', json });

export const actionApi = {
  take: (id: number, body: VersionBody) => post<ActionResult>(`/api/dossiers/${id}/take`, body),
  assign: (id: number, body: AssignBody) => post<ActionResult>(`/api/dossiers/${id}/assign`, body),
  bulkAssign: (body: BulkAssignBody) => post<{ assigned: number }>('/api/processing/assignments', body),
  requestComplement: (id: number, body: ComplementRequestBody) =>
    post<ActionResult>(`/api/dossiers/${id}/complement-requests`, body),
  requestOpinions: (id: number, body: OpinionRequestBody) =>
    post<ActionResult>(`/api/dossiers/${id}/opinion-requests`, body),
  giveOpinion: (id: number, body: GiveOpinionBody) => post<ActionResult>(`/api/dossiers/${id}/opinion`, body),
  propose: (id: number, body: ProposalBody) =>
    post<ActionResult>(`/api/dossiers/${id}/decision-proposal`, body),
  sign: (id: number, body: VersionBody) => post<SignResult>(`/api/dossiers/${id}/sign`, body),
  cancel: (id: number, body: CancelBody) => post<ActionResult>(`/api/dossiers/${id}/cancel`, body),
};

/** A mutation that refreshes everything a dossier action can change. */
export function useDossierAction<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['dossiers'] }),
        client.invalidateQueries({ queryKey: ['processing'] }),
      ]);
    },
  });
}
