import type { FeatureModule } from '../../common/module.js';
import { DevelopmentPlanItem } from './development.entity.js';
import { developmentLoaders } from './development.loaders.js';
import { DevelopmentPlanItemResolver, EmployeeDevelopmentResolver } from './development.resolver.js';

export const developmentModule: FeatureModule = {
  name: 'development',
  entities: [DevelopmentPlanItem],
  resolvers: [DevelopmentPlanItemResolver, EmployeeDevelopmentResolver],
  loaders: developmentLoaders,
};
