/**
 * Organisations taking part in the foreign-trade authorisation workflow:
 * the ministry, consulted bodies (offices, agencies, centres), conformity
 * inspection bodies, the PORTNET support desk and the customs administration.
 */

export interface OrganisationSeed {
  code: string;
  type: 'ministere' | 'office' | 'agence' | 'centre' | 'bureau_controle' | 'support' | 'douane';
  nameFr: string;
  nameEn: string;
  nameAr: string;
}

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    code: 'MIC',
    type: 'ministere',
    nameFr: "Ministère de l'Industrie et du Commerce",
    nameEn: 'Ministry of Industry and Trade',
    nameAr: 'وزارة الصناعة والتجارة',
  },
  {
    code: 'ONSSA',
    type: 'office',
    nameFr: 'Office National de Sécurité Sanitaire des produits Alimentaires',
    nameEn: 'National Food Safety Office',
    nameAr: 'المكتب الوطني للسلامة الصحية للمنتجات الغذائية',
  },
  {
    code: 'ONICL',
    type: 'office',
    nameFr: 'Office National Interprofessionnel des Céréales et des Légumineuses',
    nameEn: 'National Interprofessional Office for Cereals and Pulses',
    nameAr: 'المكتب الوطني المهني للحبوب والقطاني',
  },
  {
    code: 'ANRT',
    type: 'agence',
    nameFr: 'Agence Nationale de Réglementation des Télécommunications',
    nameEn: 'National Telecommunications Regulatory Agency',
    nameAr: 'الوكالة الوطنية لتقنين المواصلات',
  },
  {
    code: 'ANEF',
    type: 'agence',
    nameFr: 'Agence Nationale des Eaux et Forêts',
    nameEn: 'National Agency for Water and Forests',
    nameAr: 'الوكالة الوطنية للمياه والغابات',
  },
  {
    code: 'AMMPS',
    type: 'agence',
    nameFr: 'Agence Marocaine du Médicament et des Produits de Santé',
    nameEn: 'Moroccan Agency for Medicines and Health Products',
    nameAr: 'الوكالة المغربية للأدوية والمنتجات الصحية',
  },
  // The body's own acronym is BMDA (Bureau Marocain du Droit d'Auteur, since 2022
  // "BMDAV", … et des Droits Voisins); the functional guide's acronym "BMBA" is kept
  // as the code on purpose. Typed 'office' (public body; it is not an inspection body).
  {
    code: 'BMBA',
    type: 'office',
    nameFr: "Bureau Marocain du Droit d'Auteur",
    nameEn: 'Moroccan Copyright Office',
    nameAr: 'المكتب المغربي لحقوق المؤلف',
  },
  {
    code: 'CCM',
    type: 'centre',
    nameFr: 'Centre Cinématographique Marocain',
    nameEn: 'Moroccan Cinematographic Centre',
    nameAr: 'المركز السينمائي المغربي',
  },
  // Conformity inspection bodies (bureaux de contrôle).
  {
    code: 'BV',
    type: 'bureau_controle',
    nameFr: 'Bureau Veritas Maroc',
    nameEn: 'Bureau Veritas Morocco',
    nameAr: 'بيرو فيريتاس المغرب',
  },
  {
    code: 'TUV',
    type: 'bureau_controle',
    nameFr: 'TÜV Rheinland Maroc',
    nameEn: 'TÜV Rheinland Morocco',
    nameAr: 'توف راينلاند المغرب',
  },
  {
    code: 'APPLUS',
    type: 'bureau_controle',
    nameFr: 'Applus Fomento Maroc',
    nameEn: 'Applus Fomento Morocco',
    nameAr: 'أبلوس فومنتو المغرب',
  },
  {
    code: 'SGS',
    type: 'bureau_controle',
    nameFr: 'SGS Maroc',
    nameEn: 'SGS Morocco',
    nameAr: 'إس جي إس المغرب',
  },
  {
    code: 'PORTNET',
    type: 'support',
    nameFr: 'PORTNET S.A. — Support',
    nameEn: 'PORTNET S.A. — Support',
    nameAr: 'بورتنت ش.م. — الدعم',
  },
  {
    code: 'ADII',
    type: 'douane',
    nameFr: 'Administration des Douanes et Impôts Indirects',
    nameEn: 'Customs and Excise Administration',
    nameAr: 'إدارة الجمارك والضرائب غير المباشرة',
  },
];
