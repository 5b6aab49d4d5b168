// Who may do what on a dossier, from the procedure's workflow definition (procedures are data,
// DESIGN.md §4 rule 7) and the user's organisation and roles. The dossier page shows exactly the
// actions `availableActions` returns; every use case checks the same rules again.
import {
  type DossierState,
  OPEN_STATES,
  type ProcedureDefinition,
  type ProcessingAction,
  type SessionUser,
  type TransitionDefinition,
} from '@portail/contracts';
import { AppError } from '../../platform/errors.ts';
import type { DossierRow } from './repo.ts';

export const ACTION_LABELS_FR: Record<ProcessingAction, string> = {
  take: 'Prendre en charge',
  assign: 'Assigner',
  requestComplement: 'Demander un complément',
  requestOpinions: "Demander l'avis",
  giveOpinion: 'Donner mon avis',
  proposeAcceptance: "Proposer l'acceptation",
  proposeRejection: 'Proposer le rejet',
  sign: 'Signer la décision',
  cancel: 'Annuler',
};

export const transition = (def: ProcedureDefinition, action: string): TransitionDefinition | undefined =>
  def.workflow.transitions.find((t) => t.action === action);

/** The transition `action` may take from `state`, or null. */
export function allowedFrom(
  def: ProcedureDefinition,
  action: string,
  state: string,
): TransitionDefinition | null {
  const t = transition(def, action);
  return t?.from.includes(state as DossierState) ? t : null;
}

const isOpen = (state: string) => (OPEN_STATES as readonly string[]).includes(state);
const has = (user: SessionUser, role: string) => (user.roles as string[]).includes(role);

export interface ActionContext {
  /** The user's organisation has an opinion to give on this dossier now. */
  pendingOpinionForUser: boolean;
  hasProposal: boolean;
}

/** Owner-side acting rights: the assignee, or a chef de service of the owning organisation. */
function mayInstruct(user: SessionUser, d: ActionDossier): boolean {
  if (user.organisation.id !== d.owner_org_id) return false;
  if (has(user, 'chef_service')) return true;
  return has(user, 'agent_instructeur') && d.assignee_user_id === user.id;
}

function byRole(user: SessionUser, t: TransitionDefinition | null): boolean {
  return t !== null && (t.actor ?? 'owner') === 'owner' && t.roles.some((r) => has(user, r));
}

/** What availableActions reads of a dossier (the dossiers module's row has these too). */
export type ActionDossier = Pick<DossierRow, 'owner_org_id' | 'state' | 'assignee_user_id' | 'definition'>;

export function availableActions(
  user: SessionUser,
  d: ActionDossier,
  ctx: ActionContext,
): ProcessingAction[] {
  const def = d.definition;
  const out: ProcessingAction[] = [];
  const owner = user.organisation.id === d.owner_org_id;
  if (owner) {
    if (has(user, 'agent_instructeur') && isOpen(d.state) && d.assignee_user_id === null) out.push('take');
    if (has(user, 'chef_service') && isOpen(d.state)) out.push('assign');
    if (mayInstruct(user, d)) {
      if (byRole(user, allowedFrom(def, 'requestComplement', d.state))) out.push('requestComplement');
      if (def.opinionOrgs.length > 0 && byRole(user, allowedFrom(def, 'requestOpinions', d.state)))
        out.push('requestOpinions');
      // The agent proposes in a state the chef may then sign from (accept/reject share their `from`).
      if (
        allowedFrom(def, 'accept', d.state) &&
        (has(user, 'agent_instructeur') || has(user, 'chef_service'))
      ) {
        out.push('proposeAcceptance', 'proposeRejection');
      }
    }
    if (
      ctx.hasProposal &&
      (byRole(user, allowedFrom(def, 'accept', d.state)) || byRole(user, allowedFrom(def, 'reject', d.state)))
    )
      out.push('sign');
    if (byRole(user, allowedFrom(def, 'cancel', d.state))) out.push('cancel');
  }
  if (
    ctx.pendingOpinionForUser &&
    d.state === 'attente_avis' &&
    (has(user, 'agent_instructeur') || has(user, 'chef_service'))
  ) {
    out.push('giveOpinion');
  }
  return out;
}

export const invalidTransition = (stateLabel: string, what: string) =>
  new AppError(
    'INVALID_TRANSITION',
    `Action impossible : le dossier est à l'état « ${stateLabel} », qui ne permet pas de ${what}.`,
  );

export const conflict = () =>
  new AppError(
    'CONFLICT',
    "Ce dossier vient d'être modifié par un autre utilisateur. Rien n'a été enregistré : rechargez le dossier pour voir sa dernière version, puis recommencez.",
  );

/**
 * Checks an owner-side action: state first (409 INVALID_TRANSITION), then rights (403).
 * Returns the transition of the definition when the action is one.
 */
export function assertOwnerAction(
  user: SessionUser,
  d: DossierRow,
  action: ProcessingAction,
  ctx: ActionContext,
  what: string,
  stateLabel: string,
): void {
  if (availableActions(user, d, ctx).includes(action)) return;
  // Tell the two refusals apart: would anyone with the right role be allowed in this state?
  const stateAllows = (() => {
    const def = d.definition;
    switch (action) {
      case 'take':
      case 'assign':
        return isOpen(d.state);
      case 'requestComplement':
      case 'requestOpinions':
      case 'cancel':
        return allowedFrom(def, action, d.state) !== null;
      case 'proposeAcceptance':
      case 'proposeRejection':
        return allowedFrom(def, 'accept', d.state) !== null;
      case 'sign':
        return allowedFrom(def, 'accept', d.state) !== null && ctx.hasProposal;
      case 'giveOpinion':
        return d.state === 'attente_avis';
    }
  })();
  if (!stateAllows) throw invalidTransition(stateLabel, what);
  throw new AppError('FORBIDDEN', `Vous n'avez pas les droits pour ${what} sur ce dossier.`);
}
