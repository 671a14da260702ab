import type { FeatureModule } from '../../common/module.js';
import { Cycle } from './cycle.entity.js';
import { cycleLoaders } from './cycle.loaders.js';
import { CycleResolver } from './cycle.resolver.js';

export const cycleModule: FeatureModule = {
  name: 'cycle', entities: [Cycle], resolvers: [CycleResolver], loaders: cycleLoaders,
};
