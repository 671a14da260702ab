import type { FeatureModule } from '../../common/module.js';
import { Position, PositionRequirement } from './position.entity.js';
import { positionLoaders } from './position.loaders.js';
import { PositionRequirementResolver, PositionResolver } from './position.resolver.js';

export const positionModule: FeatureModule = {
  name: 'position', entities: [Position, PositionRequirement], resolvers: [PositionResolver, PositionRequirementResolver], loaders: positionLoaders,
};
