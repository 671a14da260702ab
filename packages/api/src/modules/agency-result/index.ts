import type { FeatureModule } from '../../common/module.js';
import { AgencyResult } from './agency-result.entity.js';
import { AgencyResultResolver } from './agency-result.resolver.js';

export const agencyResultModule: FeatureModule = { name: 'agency-result', entities: [AgencyResult], resolvers: [AgencyResultResolver] };
