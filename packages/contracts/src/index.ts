export * from './roles.ts';
export * from './session.ts';
export * from './identity.ts';
export * from './catalogue.ts';
export * from './dossiers.ts';
