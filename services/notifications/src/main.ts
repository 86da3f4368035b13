import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { NoticesFollower } from './following/notices-follower';
import { notificationsProviders } from './notifications.providers';

/**
 * Notifications: follows the request facts and issues each author an in-app notice, in the request's
 * language, exactly once per fact (`NoticeIssued` in `notice-<authorId>`).
 */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({ name: 'notifications', config, handlers: [], providers: [...notificationsProviders, NoticesFollower] }),
  { name: 'notifications', config, httpPort: httpPortSetting('notifications', 3107) },
);
