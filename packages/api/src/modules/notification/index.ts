import type { FeatureModule } from '../../common/module.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';

export const notificationModule: FeatureModule = {
  name: 'notification', entities: [Notification], resolvers: [NotificationResolver],
};
