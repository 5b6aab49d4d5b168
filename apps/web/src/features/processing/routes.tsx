import type { FeatureRoutesFactory } from '../../app/feature-routes';

export const routes: FeatureRoutesFactory = () => ({});
