import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { ActiveStaffRolesHandler } from './awp-access/active-roles/active-staff-roles.handler';
import { awpAccessRoutes } from './awp-access/awp-access-routes';
import { HolderRegisteredHandler } from './holders/registered/holder-registered.handler';
import { holderSeeding } from '@od/domain';

/** Access: agency staff access to the AWP (C7), and which roles an employee may use right now. */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({
    name: 'access',
    config,
    handlers: [ActiveStaffRolesHandler, HolderRegisteredHandler],
    commands: { tables: [awpAccessRoutes] },
    seedHolders: holderSeeding,
  }),
  {
    name: 'access',
    config,
    httpPort: httpPortSetting('access', 3105),
  },
);
