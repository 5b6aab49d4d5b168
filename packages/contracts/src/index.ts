export * from './roles.ts';
export * from './session.ts';
export * from './identity.ts';
export * from './catalogue.ts';
export * from './dossiers.ts';
export * from './help-center.ts';
export * from './processing.ts';
export * from './admin.ts';
