// Roles an agent can hold within their organisation (DESIGN.md §5).
export const ROLES = [
  'agent_instructeur',
  'chef_service',
  'consultation',
  'admin_organisation',
  'agent_support',
  'admin_plateforme',
] as const;

export type Role = (typeof ROLES)[number];
