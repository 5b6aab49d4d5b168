/**
 * Moroccan customs offices (bureaux douaniers de l'ADII).
 *
 * The 3-digit codes below are ILLUSTRATIVE: they are unique within this seed but
 * are not the official ADII office codes. `city` is the locality where the office
 * sits (e.g. Tanger Med is in Ksar Sghir, Mohammed V airport in Nouaceur).
 */

export interface CustomsOffice {
  /** 3 digits (illustrative) */
  code: string;
  name: string;
  city: string;
  kind: 'port' | 'aéroport' | 'terrestre' | 'intérieur';
}

export const CUSTOMS_OFFICES: CustomsOffice[] = [
  { code: '301', name: 'Casablanca Port', city: 'Casablanca', kind: 'port' },
  { code: '302', name: 'Casablanca Aéroport Mohammed V', city: 'Nouaceur', kind: 'aéroport' },
  { code: '303', name: 'Casablanca Ville', city: 'Casablanca', kind: 'intérieur' },
  { code: '304', name: 'Mohammedia Port', city: 'Mohammedia', kind: 'port' },
  { code: '305', name: 'Jorf Lasfar Port', city: 'El Jadida', kind: 'port' },
  { code: '306', name: 'Safi Port', city: 'Safi', kind: 'port' },
  { code: '307', name: 'Agadir Port', city: 'Agadir', kind: 'port' },
  { code: '308', name: 'Agadir Aéroport Al Massira', city: 'Agadir', kind: 'aéroport' },
  { code: '309', name: 'Aït Melloul', city: 'Aït Melloul', kind: 'intérieur' },
  { code: '310', name: 'Tanger Med', city: 'Ksar Sghir', kind: 'port' },
  { code: '311', name: 'Tanger Ville', city: 'Tanger', kind: 'port' },
  { code: '312', name: 'Tanger Aéroport Ibn Battouta', city: 'Tanger', kind: 'aéroport' },
  { code: '313', name: 'Tétouan', city: 'Tétouan', kind: 'intérieur' },
  { code: '314', name: 'Bab Sebta', city: 'Fnideq', kind: 'terrestre' },
  { code: '315', name: 'Nador Port (Beni Ansar)', city: 'Beni Ansar', kind: 'port' },
  { code: '316', name: 'Nador West Med', city: 'Nador', kind: 'port' },
  { code: '317', name: 'Oujda', city: 'Oujda', kind: 'intérieur' },
  { code: '318', name: 'Kénitra', city: 'Kénitra', kind: 'intérieur' },
  { code: '319', name: 'Rabat-Salé Aéroport', city: 'Salé', kind: 'aéroport' },
  { code: '320', name: 'Rabat', city: 'Rabat', kind: 'intérieur' },
  { code: '321', name: 'Marrakech Aéroport Menara', city: 'Marrakech', kind: 'aéroport' },
  { code: '322', name: 'Marrakech Ville', city: 'Marrakech', kind: 'intérieur' },
  { code: '323', name: 'Fès', city: 'Fès', kind: 'intérieur' },
  { code: '324', name: 'Fès Aéroport Saïss', city: 'Fès', kind: 'aéroport' },
  { code: '325', name: 'Meknès', city: 'Meknès', kind: 'intérieur' },
  { code: '326', name: 'Laâyoune Port', city: 'Laâyoune', kind: 'port' },
  { code: '327', name: 'Dakhla Port', city: 'Dakhla', kind: 'port' },
  { code: '328', name: 'Guerguerat', city: 'Guerguerat', kind: 'terrestre' },
];
