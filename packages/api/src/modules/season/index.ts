import type { FeatureModule } from '../../common/module.js';
import { SeasonResolver } from './season.resolver.js';

/** The BKD console's season: monitoring, bulk finalisation and reminders (its tables are the cycle's, the appraisal's and notification). */
export const seasonModule: FeatureModule = { name: 'season', resolvers: [SeasonResolver] };
