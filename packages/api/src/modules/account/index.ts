import type { FeatureModule } from '../../common/module.js';
import { AccountResolver } from './account.resolver.js';
import { UserAccount } from './user-account.entity.js';
import { UserSession } from './user-session.entity.js';

export const accountModule: FeatureModule = { name: 'account', entities: [UserAccount, UserSession], resolvers: [AccountResolver] };
