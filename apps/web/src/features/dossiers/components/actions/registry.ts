// The dossier page's action slot. The API lists the actions the user may take now (`actions`:
// { action, label }); the page shows a button for each action registered here and, on click, renders
// its component (usually a modal dialog). Actions without a component are not shown.
// The processing feature's dialogs (assign, requestComplement, requestOpinions, accept, reject,
// cancel, sendToCustoms…) register here: `ACTION_COMPONENTS.accept = lazy(() => import('./AcceptDialog'))`.
import type { DossierDetail } from '@portail/contracts';
import type { ComponentType } from 'react';

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

export const ACTION_COMPONENTS: Record<string, DossierActionEntry> = {};
