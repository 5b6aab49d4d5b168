// The dossier page's action slot. The API lists the actions the user may take now (`actions`:
// { action, label }); the page shows a button for each action registered here and, on click, renders
// its component (usually a modal dialog). Actions without a component are not shown.
// The processing feature's dialogs (assign, requestComplement, requestOpinions, accept, reject,
// cancel, sendToCustoms…) register here: `ACTION_COMPONENTS.accept = lazy(() => import('./AcceptDialog'))`.
import type { DossierDetail } from '@portail/contracts';
import { type ComponentType, lazy } from 'react';

export interface DossierActionProps {
  dossier: DossierDetail;
  action: DossierDetail['actions'][number];
  /** Close the dialog; `done` true after a successful change (the page refetches the dossier). */
  onClose: (done?: boolean) => void;
}

export interface DossierActionEntry {
  component: ComponentType<DossierActionProps>;
  /** Mantine colour of the button: red for destructive actions. */
  color?: string;
  /** Show as the main (filled) button. */
  primary?: boolean;
}

// Processing (issue 5) dialogs, each its own lazy chunk.
const processing = (load: () => Promise<{ default: ComponentType<DossierActionProps> }>) => lazy(load);

export const ACTION_COMPONENTS: Record<string, DossierActionEntry> = {
  take: { component: processing(() => import('../../../processing/components/TakeDialog')), primary: true },
  assign: { component: processing(() => import('../../../processing/components/AssignDialog')) },
  requestComplement: {
    component: processing(() => import('../../../processing/components/ComplementDialog')),
  },
  requestOpinions: {
    component: processing(() => import('../../../processing/components/OpinionRequestDialog')),
  },
  giveOpinion: {
    component: processing(() => import('../../../processing/components/GiveOpinionDialog')),
    primary: true,
  },
  proposeAcceptance: {
    component: processing(() => import('../../../processing/components/ProposeAcceptanceDialog')),
  },
  proposeRejection: {
    component: processing(() => import('../../../processing/components/ProposeRejectionDialog')),
  },
  sign: { component: processing(() => import('../../../processing/components/SignDialog')), primary: true },
  cancel: {
    component: processing(() => import('../../../processing/components/CancelDialog')),
    color: 'red.8',
  },
};

/** The chef de service's bulk (re)assignment on the list page, from the processing feature. */
export const BulkAssign = lazy(() =>
  import('../../../processing/components/BulkAssign').then((m) => ({ default: m.BulkAssignButton })),
);
