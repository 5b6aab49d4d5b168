export const ADMIN_TABS = [
  'utilisateurs',
  'organisations',
  'procedures',
  'referentiels',
  'audit',
  'courriels',
] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];
