// Demo accounts for every organisation and role (demo mode only). The README lists them.
import type { Role } from '@portail/contracts';

export const DEMO_PASSWORD = 'Mic-Demo-2026#';

/**
 * The TOTP secret (base32, 160 bits) of every demo account's registered device, documented in the
 * README: add it to any authenticator app, or print the current code with `npm run demo:totp`.
 * Demo mode only; real accounts each get their own random secret at enrolment.
 */
export const DEMO_TOTP_SECRET = 'OFXSRXY6MD3HHM3FBQXX6ECS3KBP5JGC';

/** Demo accounts left without a device, to show the first-time MFA enrolment. */
export const DEMO_USERS_WITHOUT_MFA = ['mic.nouveau'];

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
  { username: 'mic.nouveau', displayName: 'Omar Lahlou', org: 'MIC', roles: ['agent_instructeur'] },
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
