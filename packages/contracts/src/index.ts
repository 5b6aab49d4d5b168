export * from './roles.ts';
export * from './session.ts';
