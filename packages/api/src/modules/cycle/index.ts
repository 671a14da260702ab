import type { FeatureModule } from '../../common/module.js';
import { Cycle, CycleGroupPosition, CycleTargetTemplate } from './cycle.entity.js';
import { cycleLoaders } from './cycle.loaders.js';
import { CycleResolver, CycleTargetTemplateResolver } from './cycle.resolver.js';

export const cycleModule: FeatureModule = {
  name: 'cycle', entities: [Cycle, CycleGroupPosition, CycleTargetTemplate], resolvers: [CycleResolver, CycleTargetTemplateResolver], loaders: cycleLoaders,
};
