export * from './roles.ts';
export * from './session.ts';
export * from './identity.ts';
