// The ministry's other procedures: import and export licences, and the technical conformity
// control at import carried out with the bureaux de contrôle (inspection bodies).
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

const validity = {
  key: 'requestedValidityMonths',
  type: 'integer' as const,
  label: l(
    'Durée de validité demandée (mois)',
    'مدة الصلاحية المطلوبة (أشهر)',
    'Requested validity (months)',
  ),
  required: true,
  min: 1,
  max: 12,
};

export const LI: ProcedureDefinitionInput = {
  code: 'LI',
  slug: 'licence-importation',
  name: l("Licence d'importation", 'رخصة الاستيراد', 'Import licence'),
  shortName: 'LI',
  direction: 'import',
  ownerOrg: 'MIC',
  opinionOrgs: ['ONSSA', 'ANRT'],
  opinionVocabulary: 'avis',
  roles: AGENT_ROLES,
  categories: [
    {
      code: 'restriction_quantitative',
      label: l('Restriction quantitative', 'قيد كمي', 'Quantitative restriction'),
    },
    { code: 'surveillance', label: l('Surveillance préalable', 'مراقبة مسبقة', 'Prior surveillance') },
    {
      code: 'securite',
      label: l('Sécurité et ordre public', 'الأمن والنظام العام', 'Safety and public order'),
    },
  ],
  requestFields: [
    {
      key: 'provenanceCountry',
      type: 'country',
      label: l('Pays de provenance', 'بلد الإرسال', 'Country of consignment'),
      required: true,
    },
    validity,
    {
      key: 'intendedUse',
      type: 'textarea',
      label: l('Usage prévu des marchandises', 'الاستعمال المرتقب للبضائع', 'Intended use'),
      required: true,
      maxLength: 1000,
    },
  ],
  goodsLineFields: [],
  goodsLines: { min: 1, max: 50 },
  listColumns: standardColumns('import'),
  filters: standardFilters('LI', 'import'),
  workflow: standardWorkflow({ opinions: true, customs: true }),
  sla: { amount: 5, unit: 'working_days' },
  referenceFormat: 'LI-{YYYY}-{NNNNNN}',
  decisionNumberFormat: 'LI/{YYYY}/{NNNNNN}',
  documents: [
    PROFORMA,
    {
      kind: 'registre_commerce',
      label: l('Modèle J du registre du commerce', 'النموذج ج للسجل التجاري', 'Trade register extract'),
      required: true,
      mediaTypes: PDF_OR_IMAGE,
    },
  ],
};

export const LE: ProcedureDefinitionInput = {
  code: 'LE',
  slug: 'licence-exportation',
  name: l("Licence d'exportation", 'رخصة التصدير', 'Export licence'),
  shortName: 'LE',
  direction: 'export',
  ownerOrg: 'MIC',
  opinionOrgs: ['ONSSA'],
  opinionVocabulary: 'avis',
  roles: AGENT_ROLES,
  categories: [
    {
      code: 'restriction_quantitative',
      label: l('Restriction quantitative', 'قيد كمي', 'Quantitative restriction'),
    },
    {
      code: 'biens_double_usage',
      label: l('Biens à double usage', 'سلع ذات استخدام مزدوج', 'Dual-use goods'),
    },
    {
      code: 'patrimoine',
      label: l(
        'Patrimoine et ressources naturelles',
        'التراث والموارد الطبيعية',
        'Heritage and natural resources',
      ),
    },
  ],
  requestFields: [
    {
      key: 'destinationCountry',
      type: 'country',
      label: l('Pays de destination', 'بلد الوجهة', 'Country of destination'),
      required: true,
    },
    {
      key: 'consignee',
      type: 'text',
      label: l('Destinataire', 'المرسل إليه', 'Consignee'),
      required: true,
      maxLength: 200,
    },
    validity,
  ],
  goodsLineFields: [],
  goodsLines: { min: 1, max: 50 },
  listColumns: standardColumns('export'),
  filters: standardFilters('LE', 'export'),
  workflow: standardWorkflow({ opinions: true, customs: true }),
  sla: { amount: 5, unit: 'working_days' },
  referenceFormat: 'LE-{YYYY}-{NNNNNN}',
  decisionNumberFormat: 'LE/{YYYY}/{NNNNNN}',
  documents: [
    {
      kind: 'facture_commerciale',
      label: l('Facture commerciale', 'الفاتورة التجارية', 'Commercial invoice'),
      required: true,
      mediaTypes: PDF_OR_IMAGE,
    },
    {
      kind: 'contrat_vente',
      label: l('Contrat de vente', 'عقد البيع', 'Sales contract'),
      required: false,
      mediaTypes: ['application/pdf'],
    },
  ],
};

export const COC: ProcedureDefinitionInput = {
  code: 'COC',
  slug: 'certificat-de-conformite-import',
  name: l(
    "Certificat de conformité — contrôle technique à l'import",
    'شهادة المطابقة — المراقبة التقنية عند الاستيراد',
    'Certificate of conformity — technical import control',
  ),
  shortName: 'CdC',
  direction: 'import',
  ownerOrg: 'MIC',
  // The importer names one inspection body; only that body is asked (dossier_opinion row).
  opinionOrgs: ['BV', 'TUV', 'APPLUS', 'SGS'],
  opinionVocabulary: 'conformite',
  roles: AGENT_ROLES,
  categories: [
    {
      code: 'electrique',
      label: l(
        'Matériel électrique basse tension',
        'المعدات الكهربائية ذات الجهد المنخفض',
        'Low-voltage electrical equipment',
      ),
    },
    { code: 'jouets', label: l('Jouets', 'اللعب', 'Toys') },
    { code: 'textile', label: l('Textile et habillement', 'النسيج والألبسة', 'Textiles and clothing') },
    { code: 'pneumatiques', label: l('Pneumatiques', 'الإطارات المطاطية', 'Tyres') },
    { code: 'materiaux', label: l('Matériaux de construction', 'مواد البناء', 'Construction materials') },
  ],
  requestFields: [
    {
      key: 'inspectionBody',
      type: 'select',
      label: l('Bureau de contrôle', 'مكتب المراقبة', 'Inspection body'),
      required: true,
      options: [
        { value: 'BV', label: l('Bureau Veritas', 'بيرو فيريتاس', 'Bureau Veritas') },
        { value: 'TUV', label: l('TÜV Rheinland', 'توف راينلاند', 'TÜV Rheinland') },
        { value: 'APPLUS', label: l('Applus Fomento', 'أبلوس فومنتو', 'Applus Fomento') },
        { value: 'SGS', label: l('SGS', 'إس جي إس', 'SGS') },
      ],
    },
    {
      key: 'inspectionPlace',
      type: 'text',
      label: l("Lieu de l'inspection", 'مكان المراقبة', 'Inspection place'),
      required: true,
      maxLength: 200,
    },
    {
      key: 'productRegistration',
      type: 'text',
      label: l("N° d'enregistrement du produit", 'رقم تسجيل المنتوج', 'Product registration no.'),
      required: false,
      maxLength: 40,
    },
  ],
  goodsLineFields: [
    { key: 'brand', type: 'text', label: l('Marque', 'العلامة', 'Brand'), required: true, maxLength: 100 },
    {
      key: 'model',
      type: 'text',
      label: l('Modèle / référence', 'الطراز / المرجع', 'Model / reference'),
      required: true,
      maxLength: 100,
    },
  ],
  goodsLines: { min: 1, max: 200 },
  listColumns: standardColumns('import'),
  filters: standardFilters('CdC', 'import', ['goods']),
  workflow: standardWorkflow({ opinions: true, customs: true }),
  sla: { amount: 48, unit: 'working_hours' },
  referenceFormat: 'COC-{YYYY}-{NNNNNN}',
  decisionNumberFormat: 'CDC/{YYYY}/{NNNNNN}',
  documents: [
    PROFORMA,
    {
      kind: 'fiche_technique',
      label: l('Fiche technique du produit', 'البطاقة التقنية للمنتوج', 'Technical data sheet'),
      required: true,
      mediaTypes: ['application/pdf'],
    },
    {
      kind: 'rapport_essai',
      label: l("Rapport d'essai", 'تقرير الاختبار', 'Test report'),
      required: false,
      mediaTypes: ['application/pdf'],
    },
  ],
};
