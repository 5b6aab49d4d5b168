// Demo accounts for every organisation and role (demo mode only). The README lists them.
import type { Role } from '@portail/contracts';

export const DEMO_PASSWORD = 'Mic-Demo-2026#';

export interface DemoUser {
  username: string;
  displayName: string;
  org: string;
  roles: Role[];
}

const agency = (code: string, label: string): DemoUser[] => [
  {
    username: `${code.toLowerCase()}.agent`,
    displayName: `Agent ${label}`,
    org: code,
    roles: ['agent_instructeur'],
  },
  {
    username: `${code.toLowerCase()}.chef`,
    displayName: `Chef de service ${label}`,
    org: code,
    roles: ['chef_service'],
  },
];

export const DEMO_USERS: DemoUser[] = [
  { username: 'mic.agent', displayName: 'Amina Benali', org: 'MIC', roles: ['agent_instructeur'] },
  { username: 'mic.agent2', displayName: 'Youssef El Idrissi', org: 'MIC', roles: ['agent_instructeur'] },
  { username: 'mic.chef', displayName: 'Karim Tazi', org: 'MIC', roles: ['chef_service'] },
  { username: 'mic.consult', displayName: 'Salma Ouazzani', org: 'MIC', roles: ['consultation'] },
  { username: 'mic.admin', displayName: 'Nadia Berrada', org: 'MIC', roles: ['admin_organisation'] },
  ...agency('ONSSA', 'ONSSA'),
  ...agency('ONICL', 'ONICL'),
  ...agency('ANRT', 'ANRT'),
  ...agency('ANEF', 'ANEF'),
  ...agency('BMBA', 'BMBA'),
  ...agency('CCM', 'CCM'),
  ...agency('AMMPS', 'AMMPS'),
  { username: 'bv.agent', displayName: 'Inspecteur Bureau Veritas', org: 'BV', roles: ['agent_instructeur'] },
  {
    username: 'support.agent',
    displayName: 'Hicham Support PORTNET',
    org: 'PORTNET',
    roles: ['agent_support'],
  },
  {
    username: 'admin.plateforme',
    displayName: 'Administrateur PORTNET',
    org: 'PORTNET',
    roles: ['admin_plateforme'],
  },
];
