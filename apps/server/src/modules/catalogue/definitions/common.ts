// Building blocks shared by procedure definitions: the guide's standard workflow, list columns
// and filters. A definition may override any of them; these keep the ten procedures consistent.
import type {
  DossierState,
  ListColumn,
  ListFilter,
  Localized,
  ProcedureDefinitionInput,
  TransitionDefinition,
} from '@portail/contracts';

export const l = (fr: string, ar: string, en: string): Localized => ({ fr, ar, en });

type Transition = ProcedureDefinitionInput['workflow']['transitions'][number];

const AGENTS: TransitionDefinition['roles'] = ['agent_instructeur', 'chef_service'];
const CHEF: TransitionDefinition['roles'] = ['chef_service'];

/**
 * Soumise → En cours d'instruction ⇄ Complément demandé → En attente d'avis → Acceptée / Rejetée;
 * Annulée; after acceptance Transmise à la douane → Imputée (cancellable until imputed).
 */
export function standardWorkflow(options: {
  opinions: boolean;
  customs: boolean;
}): ProcedureDefinitionInput['workflow'] {
  const open: DossierState[] = ['soumise', 'en_instruction', 'complement_demande'];
  if (options.opinions) open.push('attente_avis');
  const deciding: DossierState[] = options.opinions ? ['en_instruction', 'attente_avis'] : ['en_instruction'];
  const transitions: Transition[] = [
    {
      action: 'instruct',
      from: ['soumise'],
      to: 'en_instruction',
      roles: AGENTS,
      label: l('Prendre en charge', 'التكفل بالطلب', 'Start review'),
    },
    {
      action: 'requestComplement',
      from: ['en_instruction'],
      to: 'complement_demande',
      roles: AGENTS,
      label: l('Demander un complément', 'طلب معلومات إضافية', 'Request more information'),
    },
    {
      action: 'complete',
      from: ['complement_demande'],
      to: 'en_instruction',
      roles: [],
      actor: 'operator',
      label: l('Compléter la demande', 'إتمام الطلب', 'Provide the information'),
    },
  ];
  if (options.opinions) {
    transitions.push(
      {
        action: 'requestOpinions',
        from: ['en_instruction'],
        to: 'attente_avis',
        roles: AGENTS,
        label: l("Demander l'avis", 'طلب الرأي', 'Request opinions'),
      },
      {
        action: 'opinionsReceived',
        from: ['attente_avis'],
        to: 'en_instruction',
        roles: [],
        actor: 'system',
        label: l('Avis reçus', 'تم استلام الآراء', 'Opinions received'),
      },
    );
  }
  transitions.push(
    { action: 'accept', from: deciding, to: 'acceptee', roles: CHEF, label: l('Accepter', 'قبول', 'Accept') },
    { action: 'reject', from: deciding, to: 'rejetee', roles: CHEF, label: l('Rejeter', 'رفض', 'Reject') },
  );
  const cancellable: DossierState[] = [...open, 'acceptee'];
  const states: DossierState[] = [...open, 'acceptee', 'rejetee', 'annulee'];
  if (options.customs) {
    cancellable.push('transmise_douane');
    states.push('transmise_douane', 'imputee');
    transitions.push(
      {
        action: 'sendToCustoms',
        from: ['acceptee'],
        to: 'transmise_douane',
        roles: [],
        actor: 'system',
        label: l('Transmettre à la douane', 'الإرسال إلى الجمارك', 'Send to customs'),
      },
      {
        action: 'impute',
        from: ['transmise_douane'],
        to: 'imputee',
        roles: [],
        actor: 'customs',
        label: l('Imputer', 'التقييد', 'Charge against the licence'),
      },
    );
  }
  transitions.push({
    action: 'cancel',
    from: cancellable,
    to: 'annulee',
    roles: CHEF,
    label: l('Annuler', 'إلغاء', 'Cancel'),
  });
  return { initial: 'soumise', states, transitions };
}

const COLUMN_LABELS: Record<ListColumn, Localized> = {
  reference: l("N° d'enregistrement", 'رقم التسجيل', 'Registration no.'),
  category: l('Catégorie', 'الفئة', 'Category'),
  importer: l('Importateur', 'المستورد', 'Importer'),
  submittedAt: l('Date de soumission', 'تاريخ الإيداع', 'Submission date'),
  opinion: l('Avis', 'الرأي', 'Opinion'),
  customsOffice: l('Bureau douanier', 'المكتب الجمركي', 'Customs office'),
  goods: l('Marchandise', 'البضاعة', 'Goods'),
  hsCode: l('Nomenclature', 'التعريفة', 'HS code'),
  decisionNumber: l('Numéro de décision', 'رقم القرار', 'Decision no.'),
  state: l('État', 'الحالة', 'Status'),
};

/** The guide's DFD columns, in its order; exports name the exporter instead of the importer. */
export function standardColumns(direction: 'import' | 'export'): ProcedureDefinitionInput['listColumns'] {
  const keys: ListColumn[] = [
    'reference',
    'category',
    'importer',
    'submittedAt',
    'opinion',
    'customsOffice',
    'goods',
    'hsCode',
    'decisionNumber',
    'state',
  ];
  return keys.map((key) => ({
    key,
    label:
      key === 'importer' && direction === 'export'
        ? l('Exportateur', 'المصدر', 'Exporter')
        : COLUMN_LABELS[key],
  }));
}

/** « N° DFD, Catégorie, État » then submission period, importer, bureau douanier, nomenclature. */
export function standardFilters(
  shortName: string,
  direction: 'import' | 'export',
  extra: ListFilter[] = [],
): ProcedureDefinitionInput['filters'] {
  const party =
    direction === 'import'
      ? l('Importateur (raison sociale ou ICE)', 'المستورد (الاسم أو ICE)', 'Importer (name or ICE)')
      : l('Exportateur (raison sociale ou ICE)', 'المصدر (الاسم أو ICE)', 'Exporter (name or ICE)');
  const labels: Record<ListFilter, Localized> = {
    reference: l(`N° ${shortName}`, `رقم ${shortName}`, `${shortName} no.`),
    category: l('Catégorie', 'الفئة', 'Category'),
    state: l('État', 'الحالة', 'Status'),
    submittedFrom: l('Soumise du', 'من تاريخ', 'Submitted from'),
    submittedTo: l('au', 'إلى', 'to'),
    importer: party,
    customsOffice: l('Bureau douanier', 'المكتب الجمركي', 'Customs office'),
    hsCode: l('Nomenclature', 'التعريفة', 'HS code'),
    goods: l('Marchandise', 'البضاعة', 'Goods'),
  };
  const keys: ListFilter[] = [
    'reference',
    'category',
    'state',
    'submittedFrom',
    'submittedTo',
    'importer',
    'customsOffice',
    'hsCode',
    ...extra,
  ];
  return keys.map((key) => ({ key, label: labels[key] }));
}

export const PROFORMA = {
  kind: 'facture_proforma',
  label: l('Facture pro forma', 'فاتورة مبدئية', 'Pro forma invoice'),
  required: true,
  mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'] as (
    | 'application/pdf'
    | 'image/png'
    | 'image/jpeg'
  )[],
};

export const PDF_OR_IMAGE: ('application/pdf' | 'image/png' | 'image/jpeg')[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
];

/** Goods-line fields every procedure has (the intake API's fixed goods columns). */
export const STANDARD_GOODS_FIELDS: ProcedureDefinitionInput['goodsLineFields'] = [];

export const AGENT_ROLES: ProcedureDefinitionInput['roles'] = [
  'agent_instructeur',
  'chef_service',
  'consultation',
  'admin_organisation',
];
