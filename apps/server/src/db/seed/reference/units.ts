/**
 * Units of measure used on foreign-trade authorisations (quantities declared).
 * Codes are short ASCII identifiers (no accents) so they can be used as keys.
 */

export interface Unit {
  code: string;
  labelFr: string;
  labelEn: string;
  labelAr: string;
}

export const UNITS: Unit[] = [
  { code: 'kg', labelFr: 'Kilogramme', labelEn: 'Kilogram', labelAr: 'كيلوغرام' },
  { code: 'g', labelFr: 'Gramme', labelEn: 'Gram', labelAr: 'غرام' },
  { code: 't', labelFr: 'Tonne', labelEn: 'Tonne', labelAr: 'طن' },
  { code: 'l', labelFr: 'Litre', labelEn: 'Litre', labelAr: 'لتر' },
  { code: 'hl', labelFr: 'Hectolitre', labelEn: 'Hectolitre', labelAr: 'هكتولتر' },
  { code: 'm3', labelFr: 'Mètre cube', labelEn: 'Cubic metre', labelAr: 'متر مكعب' },
  { code: 'm', labelFr: 'Mètre', labelEn: 'Metre', labelAr: 'متر' },
  { code: 'm2', labelFr: 'Mètre carré', labelEn: 'Square metre', labelAr: 'متر مربع' },
  { code: 'u', labelFr: 'Unité (pièce)', labelEn: 'Unit (piece)', labelAr: 'وحدة (قطعة)' },
  { code: 'paire', labelFr: 'Paire', labelEn: 'Pair', labelAr: 'زوج' },
  { code: 'douzaine', labelFr: 'Douzaine', labelEn: 'Dozen', labelAr: 'دزينة' },
  { code: 'carton', labelFr: 'Carton', labelEn: 'Carton', labelAr: 'كرتونة' },
  { code: 'palette', labelFr: 'Palette', labelEn: 'Pallet', labelAr: 'منصة نقالة' },
  { code: 'kWh', labelFr: 'Kilowattheure', labelEn: 'Kilowatt-hour', labelAr: 'كيلوواط ساعة' },
  { code: 'ct', labelFr: 'Carat', labelEn: 'Carat', labelAr: 'قيراط' },
  {
    code: 'tete',
    labelFr: 'Tête (animaux vivants)',
    labelEn: 'Head (live animals)',
    labelAr: 'رأس (حيوانات حية)',
  },
];
