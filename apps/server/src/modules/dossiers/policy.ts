// Who sees which dossiers and which parts of them (S32). The rule: an agent sees the dossiers of
// the procedures their organisation runs (with a role the definition lists), and the dossiers on
// which their organisation was asked for an opinion — nothing else, whatever id they send.
import type { SessionUser } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { type LoadedProcedure, procedureAccess } from '../catalogue/service.ts';
import type { DossierRow, Visibility } from './repo.ts';

/** The list scope for a user on a procedure, or null (no access). */
export function listVisibility(user: SessionUser, p: LoadedProcedure): Visibility | null {
  const access = procedureAccess(user, p);
  if (access === 'owner') return { kind: 'owner', orgId: user.organisation.id };
  if (access === 'opinion') return { kind: 'opinion', orgId: user.organisation.id };
  return null;
}

export interface DossierAccess {
  relation: 'owner' | 'opinion';
  /** all opinions (owner), only their organisation's (consulted body) */
  opinions: 'all' | 'own';
  /** internal comments are the owning organisation's working notes */
  comments: boolean;
  canComment: boolean;
}

export function dossierAccess(
  user: SessionUser,
  p: LoadedProcedure,
  d: Pick<DossierRow, 'owner_org_id' | 'asked_org'>,
): DossierAccess | null {
  const access = procedureAccess(user, p);
  if (access === 'owner' && d.owner_org_id === user.organisation.id) {
    const writer = user.roles.some((r) => r === 'agent_instructeur' || r === 'chef_service');
    return { relation: 'owner', opinions: 'all', comments: true, canComment: writer };
  }
  if (access !== null && d.asked_org)
    return { relation: 'opinion', opinions: 'own', comments: false, canComment: false };
  return null;
}

export interface ActionContext {
  user: SessionUser;
  procedure: LoadedProcedure;
  dossier: DossierRow;
  access: DossierAccess;
  /** the processing provider reads the opinion and proposal state (one statement) */
  db: Db;
}

type Actions = { action: string; label: string }[];
export type DossierActionsProvider = (ctx: ActionContext) => Actions | Promise<Actions>;

let actionsProvider: DossierActionsProvider = () => [];

/**
 * The processing module (issue 5) registers the function that lists the actions a user may take
 * on a dossier now (from the procedure's workflow transitions, roles and assignment). Until then
 * the dossier page offers none.
 */
export function setDossierActionsProvider(provider: DossierActionsProvider): void {
  actionsProvider = provider;
}

export const actionsFor = (ctx: ActionContext) => actionsProvider(ctx);
