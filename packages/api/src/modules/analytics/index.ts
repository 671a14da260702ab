import type { FeatureModule } from '../../common/module.js';
import { analyticsLoaders } from './analytics.loaders.js';
import { ANALYTICS_RESOLVERS, AnalyticsResolver } from './analytics.resolver.js';

export const analyticsModule: FeatureModule = {
  name: 'analytics', resolvers: [...ANALYTICS_RESOLVERS], costlyResolvers: [AnalyticsResolver], loaders: analyticsLoaders,
};
