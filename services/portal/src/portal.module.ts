import { Module, type DynamicModule } from '@nestjs/common';
import type { PortalAssets } from './assets/portal-assets';
import { AuthController } from './auth/auth.controller';
import { SignInClient } from './auth/sign-in-client';
import { GatewayClient } from './gateway/gateway-client';
import { HealthController } from './health/health.controller';
import { AssetsController } from './http/assets.controller';
import { AGENCY_PAGES } from './pages/agency/agency.pages';
import { CITIZEN_PAGES } from './pages/citizen/citizen.pages';
import { HomeController } from './pages/home/home.controller';
import { OPERATOR_PAGES } from './pages/operator/operator.pages';
import { PUBLIC_PAGES } from './pages/public/public.pages';
import { REPORTS_PAGES } from './pages/reports/reports.pages';
import { SIGNING_PAGES } from './pages/signing/signing.pages';
import type { PortalConfig } from './portal-config';
import { PORTAL_ASSETS, PORTAL_CONFIG } from './portal-tokens';

@Module({})
export class PortalModule {
  static register(config: PortalConfig, assets: PortalAssets): DynamicModule {
    return {
      module: PortalModule,
      controllers: [
        HealthController,
        AssetsController,
        AuthController,
        HomeController,
        ...PUBLIC_PAGES,
        ...CITIZEN_PAGES,
        ...SIGNING_PAGES,
        ...AGENCY_PAGES,
        ...OPERATOR_PAGES,
        ...REPORTS_PAGES,
      ],
      providers: [
        { provide: PORTAL_CONFIG, useValue: config },
        { provide: PORTAL_ASSETS, useValue: assets },
        { provide: GatewayClient, useValue: new GatewayClient(config.gatewayUrl) },
        { provide: SignInClient, useValue: new SignInClient(config) },
      ],
    };
  }
}
