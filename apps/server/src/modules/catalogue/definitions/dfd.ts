// Demande de franchise douanière (MIC, Importation): the guide's example procedure. Online since
// April 2020 for importers holding tariff-quota shares or claiming a preferential agreement;
// pro-forma invoices attached; decisions sent to customs (BADR), cancellable until imputed.
import type { ProcedureDefinitionInput } from '@portail/contracts';
import {
  AGENT_ROLES,
  l,
  PDF_OR_IMAGE,
  PROFORMA,
  standardColumns,
  standardFilters,
  standardWorkflow,
} from './common.ts';

export const DFD: ProcedureDefinitionInput = {
  code: 'DFD',
  slug: 'demande-de-franchise-douaniere',
  name: l('Demande de franchise douanière', 'طلب الإعفاء الجمركي', 'Customs duty exemption request'),
  shortName: 'DFD',
  direction: 'import',
  ownerOrg: 'MIC',
  // ONSSA is consulted on food products under franchise (sanitary opinion), as in issue 5's journey.
  opinionOrgs: ['ONSSA'],
  opinionVocabulary: 'avis',
  roles: AGENT_ROLES,
  categories: [
    { code: 'contingent', label: l('Contingent tarifaire', 'حصة تعريفية', 'Tariff quota') },
    { code: 'ale', label: l('Accord de libre-échange', 'اتفاقية التبادل الحر', 'Free-trade agreement') },
    {
      code: 'convention',
      label: l("Convention d'investissement", 'اتفاقية الاستثمار', 'Investment agreement'),
    },
    { code: 'autre', label: l('Autre franchise', 'إعفاء آخر', 'Other exemption') },
  ],
  requestFields: [
    {
      key: 'accord',
      type: 'select',
      label: l('Accord', 'الاتفاقية', 'Agreement'),
      required: true,
      when: { field: 'category', in: ['ale'] },
      options: [
        {
          value: 'maroc-ue',
          label: l('Maroc–Union européenne', 'المغرب–الاتحاد الأوروبي', 'Morocco–European Union'),
        },
        {
          value: 'maroc-aele',
          label: l('Maroc–AELE', 'المغرب–الرابطة الأوروبية للتبادل الحر', 'Morocco–EFTA'),
        },
        {
          value: 'maroc-usa',
          label: l('Maroc–États-Unis', 'المغرب–الولايات المتحدة', 'Morocco–United States'),
        },
        { value: 'agadir', label: l("Accord d'Agadir", 'اتفاقية أكادير', 'Agadir Agreement') },
        { value: 'maroc-turquie', label: l('Maroc–Turquie', 'المغرب–تركيا', 'Morocco–Turkey') },
        {
          value: 'maroc-uk',
          label: l('Maroc–Royaume-Uni', 'المغرب–المملكة المتحدة', 'Morocco–United Kingdom'),
        },
        { value: 'zlecaf', label: l('ZLECAf', 'منطقة التجارة الحرة القارية الإفريقية', 'AfCFTA') },
      ],
    },
    {
      key: 'quotaReference',
      type: 'text',
      label: l('Référence du contingent', 'مرجع الحصة', 'Quota reference'),
      required: true,
      maxLength: 40,
      when: { field: 'category', in: ['contingent'] },
    },
    {
      key: 'conventionNumber',
      type: 'text',
      label: l("N° de la convention d'investissement", 'رقم اتفاقية الاستثمار', 'Investment agreement no.'),
      required: true,
      maxLength: 40,
      when: { field: 'category', in: ['convention'] },
    },
    {
      key: 'provenanceCountry',
      type: 'country',
      label: l('Pays de provenance', 'بلد الإرسال', 'Country of consignment'),
      required: true,
    },
    {
      key: 'invoiceNumber',
      type: 'text',
      label: l('N° de la facture pro forma', 'رقم الفاتورة المبدئية', 'Pro forma invoice no.'),
      required: true,
      maxLength: 40,
    },
    {
      key: 'invoiceDate',
      type: 'date',
      label: l('Date de la facture pro forma', 'تاريخ الفاتورة المبدئية', 'Pro forma invoice date'),
      required: true,
    },
    {
      key: 'transportMode',
      type: 'select',
      label: l('Mode de transport', 'وسيلة النقل', 'Transport mode'),
      required: false,
      options: [
        { value: 'maritime', label: l('Maritime', 'بحري', 'Sea') },
        { value: 'aerien', label: l('Aérien', 'جوي', 'Air') },
        { value: 'routier', label: l('Routier', 'بري', 'Road') },
      ],
    },
  ],
  goodsLineFields: [
    {
      key: 'requestedQuantityInQuota',
      type: 'number',
      label: l(
        'Quantité imputée sur le contingent',
        'الكمية المقتطعة من الحصة',
        'Quantity charged to the quota',
      ),
      min: 0,
    },
  ],
  goodsLines: { min: 1, max: 99 },
  listColumns: standardColumns('import'),
  filters: standardFilters('DFD', 'import'),
  workflow: standardWorkflow({ opinions: true, customs: true }),
  sla: { amount: 3, unit: 'working_days', nearBreachHours: 12 },
  referenceFormat: 'DFD-{YYYY}-{NNNNNN}',
  decisionNumberFormat: 'FD/{YYYY}/{NNNNNN}',
  documents: [
    PROFORMA,
    {
      kind: 'certificat_origine',
      label: l("Certificat d'origine (EUR.1, EUR-MED…)", 'شهادة المنشأ', 'Certificate of origin'),
      required: false,
      mediaTypes: PDF_OR_IMAGE,
    },
    {
      kind: 'convention',
      label: l(
        "Copie de la convention d'investissement",
        'نسخة من اتفاقية الاستثمار',
        'Investment agreement copy',
      ),
      required: false,
      mediaTypes: ['application/pdf'],
    },
  ],
};
