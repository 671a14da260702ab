import type { FeatureModule } from '../../common/module.js';
import { Competency, CompetencyLevel } from './competency.entity.js';
import { competencyLoaders } from './competency.loaders.js';
import { CompetencyResolver } from './competency.resolver.js';

export const competencyModule: FeatureModule = {
  name: 'competency', entities: [Competency, CompetencyLevel], resolvers: [CompetencyResolver], loaders: competencyLoaders,
};
