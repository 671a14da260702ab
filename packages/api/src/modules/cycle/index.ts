import type { FeatureModule } from '../../common/module.js';
import { Cycle, CycleGroupPosition, CycleTargetTemplate, EmploymentHistory } from './cycle.entity.js';
import { cycleLoaders } from './cycle.loaders.js';
import { CycleResolver, CycleTargetTemplateResolver } from './cycle.resolver.js';

export const cycleModule: FeatureModule = {
  name: 'cycle', entities: [Cycle, CycleGroupPosition, CycleTargetTemplate, EmploymentHistory], resolvers: [CycleResolver, CycleTargetTemplateResolver], loaders: cycleLoaders,
};
