/**
 * Standard reasons used when processing foreign-trade authorisation requests:
 * - rejet: reason for rejecting a request;
 * - avis: reason attached to an opinion issued by a consulted body (ONSSA, ANRT…);
 * - annulation: reason for cancelling a request or an issued authorisation;
 * - complement: item requested from the operator in a request for additional documents.
 */

export interface Reason {
  code: string;
  kind: 'rejet' | 'avis' | 'annulation' | 'complement';
  labelFr: string;
  labelEn: string;
  labelAr: string;
}

export const REASONS: Reason[] = [
  // Rejets
  {
    code: 'REJ-DOC',
    kind: 'rejet',
    labelFr: 'Pièces justificatives manquantes ou illisibles',
    labelEn: 'Supporting documents missing or illegible',
    labelAr: 'الوثائق المثبتة ناقصة أو غير مقروءة',
  },
  {
    code: 'REJ-HS',
    kind: 'rejet',
    labelFr: 'Nomenclature tarifaire erronée',
    labelEn: 'Incorrect tariff classification',
    labelAr: 'خطأ في التصنيف التعريفي',
  },
  {
    code: 'REJ-QUOTA',
    kind: 'rejet',
    labelFr: 'Contingent tarifaire épuisé',
    labelEn: 'Tariff quota exhausted',
    labelAr: 'الحصة التعريفية مستنفدة',
  },
  {
    code: 'REJ-ORIG',
    kind: 'rejet',
    labelFr: "Origine non conforme à l'accord invoqué",
    labelEn: 'Origin not compliant with the agreement invoked',
    labelAr: 'المنشأ غير مطابق للاتفاقية المحتج بها',
  },
  {
    code: 'REJ-NONCONF',
    kind: 'rejet',
    labelFr: 'Produit non conforme aux normes marocaines',
    labelEn: 'Product not compliant with Moroccan standards',
    labelAr: 'المنتج غير مطابق للمعايير المغربية',
  },
  {
    code: 'REJ-OPINION',
    kind: 'rejet',
    labelFr: "Avis défavorable d'un organisme",
    labelEn: 'Unfavourable opinion from a consulted body',
    labelAr: 'رأي غير موافق من إحدى الهيئات',
  },
  {
    code: 'REJ-INCOMP',
    kind: 'rejet',
    labelFr: 'Incompétence ou procédure inadaptée',
    labelEn: 'Lack of jurisdiction or inappropriate procedure',
    labelAr: 'عدم الاختصاص أو مسطرة غير ملائمة',
  },
  {
    code: 'REJ-DUP',
    kind: 'rejet',
    labelFr: 'Demande en double',
    labelEn: 'Duplicate request',
    labelAr: 'طلب مكرر',
  },
  {
    code: 'REJ-OPER',
    kind: 'rejet',
    labelFr: "Informations de l'opérateur incohérentes (ICE, registre de commerce)",
    labelEn: 'Inconsistent operator information (ICE, trade register)',
    labelAr: 'معلومات الفاعل الاقتصادي غير متطابقة (المعرف الموحد للمقاولة، السجل التجاري)',
  },
  {
    code: 'REJ-QTY',
    kind: 'rejet',
    labelFr: 'Quantité ou valeur incohérente avec les pièces justificatives',
    labelEn: 'Quantity or value inconsistent with the supporting documents',
    labelAr: 'الكمية أو القيمة غير متطابقة مع الوثائق المثبتة',
  },
  {
    code: 'REJ-PROHIB',
    kind: 'rejet',
    labelFr: 'Marchandise prohibée ou soumise à restriction',
    labelEn: 'Prohibited or restricted goods',
    labelAr: 'بضاعة محظورة أو خاضعة للتقييد',
  },
  {
    code: 'REJ-DELAI',
    kind: 'rejet',
    labelFr: 'Délai de réponse à la demande de complément dépassé',
    labelEn: 'Deadline for the additional-information request exceeded',
    labelAr: 'تجاوز أجل الرد على طلب الإتمام',
  },
  {
    code: 'REJ-EXPIRE',
    kind: 'rejet',
    labelFr: 'Document justificatif expiré',
    labelEn: 'Supporting document expired',
    labelAr: 'وثيقة مثبتة منتهية الصلاحية',
  },
  // Avis
  {
    code: 'AVIS-SANIT',
    kind: 'avis',
    labelFr: 'Non-conformité sanitaire ou phytosanitaire',
    labelEn: 'Sanitary or phytosanitary non-compliance',
    labelAr: 'عدم المطابقة الصحية أو الصحية النباتية',
  },
  {
    code: 'AVIS-ANALYSE',
    kind: 'avis',
    labelFr: "Résultats d'analyses de laboratoire non conformes",
    labelEn: 'Non-compliant laboratory test results',
    labelAr: 'نتائج التحاليل المخبرية غير مطابقة',
  },
  {
    code: 'AVIS-HOMOL',
    kind: 'avis',
    labelFr: 'Équipement non homologué',
    labelEn: 'Equipment not type-approved',
    labelAr: 'تجهيز غير مصادق عليه',
  },
  {
    code: 'AVIS-CITES',
    kind: 'avis',
    labelFr: 'Permis CITES manquant ou non valide',
    labelEn: 'CITES permit missing or invalid',
    labelAr: 'رخصة سايتس مفقودة أو غير صالحة',
  },
  {
    code: 'AVIS-AMM',
    kind: 'avis',
    labelFr: "Absence d'autorisation de mise sur le marché",
    labelEn: 'No marketing authorisation',
    labelAr: 'غياب الإذن بالعرض في السوق',
  },
  {
    code: 'AVIS-DROITS',
    kind: 'avis',
    labelFr: "Droits d'auteur ou droits voisins non justifiés",
    labelEn: 'Copyright or related rights not substantiated',
    labelAr: 'حقوق المؤلف أو الحقوق المجاورة غير مثبتة',
  },
  {
    code: 'AVIS-VISA',
    kind: 'avis',
    labelFr: "Visa d'exploitation cinématographique non obtenu",
    labelEn: 'Film exhibition visa not obtained',
    labelAr: 'تأشيرة الاستغلال السينمائي غير محصل عليها',
  },
  // Annulations
  {
    code: 'ANN-DEMANDE',
    kind: 'annulation',
    labelFr: "Annulation à la demande de l'opérateur",
    labelEn: "Cancelled at the operator's request",
    labelAr: 'إلغاء بطلب من الفاعل الاقتصادي',
  },
  {
    code: 'ANN-ERREUR',
    kind: 'annulation',
    labelFr: 'Erreur matérielle constatée après validation',
    labelEn: 'Clerical error found after validation',
    labelAr: 'خطأ مادي تم رصده بعد المصادقة',
  },
  {
    code: 'ANN-DOUBLON',
    kind: 'annulation',
    labelFr: "Doublon d'une demande déjà traitée",
    labelEn: 'Duplicate of a request already processed',
    labelAr: 'تكرار لطلب تمت معالجته',
  },
  {
    code: 'ANN-NONUTIL',
    kind: 'annulation',
    labelFr: 'Autorisation non utilisée pendant sa durée de validité',
    labelEn: 'Authorisation not used during its validity period',
    labelAr: 'ترخيص غير مستعمل خلال مدة صلاحيته',
  },
  {
    code: 'ANN-FRAUDE',
    kind: 'annulation',
    labelFr: 'Fausse déclaration ou pièces falsifiées',
    labelEn: 'False declaration or forged documents',
    labelAr: 'تصريح كاذب أو وثائق مزورة',
  },
  {
    code: 'ANN-CESSATION',
    kind: 'annulation',
    labelFr: "Cessation d'activité de l'opérateur",
    labelEn: 'Operator has ceased trading',
    labelAr: 'توقف نشاط الفاعل الاقتصادي',
  },
  // Compléments (pièces demandées)
  {
    code: 'COMP-PROFORMA',
    kind: 'complement',
    labelFr: 'Facture pro forma',
    labelEn: 'Pro forma invoice',
    labelAr: 'فاتورة شكلية',
  },
  {
    code: 'COMP-EUR1',
    kind: 'complement',
    labelFr: "Certificat d'origine (EUR.1)",
    labelEn: 'Certificate of origin (EUR.1)',
    labelAr: 'شهادة المنشأ (EUR.1)',
  },
  {
    code: 'COMP-FICHE',
    kind: 'complement',
    labelFr: 'Fiche technique du produit',
    labelEn: 'Product data sheet',
    labelAr: 'البطاقة التقنية للمنتج',
  },
  {
    code: 'COMP-RC',
    kind: 'complement',
    labelFr: 'Registre de commerce',
    labelEn: 'Trade register extract',
    labelAr: 'السجل التجاري',
  },
  {
    code: 'COMP-SANIT',
    kind: 'complement',
    labelFr: "Certificat sanitaire du pays d'origine",
    labelEn: 'Health certificate from the country of origin',
    labelAr: 'الشهادة الصحية لبلد المنشأ',
  },
  {
    code: 'COMP-ANALYSE',
    kind: 'complement',
    labelFr: "Bulletin d'analyse d'un laboratoire accrédité",
    labelEn: 'Test report from an accredited laboratory',
    labelAr: 'تقرير تحليل صادر عن مختبر معتمد',
  },
  {
    code: 'COMP-CONTRAT',
    kind: 'complement',
    labelFr: 'Contrat commercial ou bon de commande',
    labelEn: 'Sales contract or purchase order',
    labelAr: 'العقد التجاري أو سند الطلب',
  },
];
