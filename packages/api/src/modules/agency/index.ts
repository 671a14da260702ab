import type { FeatureModule } from '../../common/module.js';
import { Agency, AgencyClosure } from './agency.entity.js';
import { agencyLoaders } from './agency.loaders.js';
import { AgencyResolver } from './agency.resolver.js';

export const agencyModule: FeatureModule = {
  name: 'agency', entities: [Agency, AgencyClosure], resolvers: [AgencyResolver], loaders: agencyLoaders,
};
