import { Module, type DynamicModule } from '@nestjs/common';
import type { PortalAssets } from './assets/portal-assets';
import { AuthController } from './auth/auth.controller';
import { SignInClient } from './auth/sign-in-client';
import { GatewayClient } from './gateway/gateway-client';
import { HealthController } from './health/health.controller';
import { AssetsController } from './http/assets.controller';
import { HomeController } from './pages/home/home.controller';
import type { PortalConfig } from './portal-config';
import { PORTAL_ASSETS, PORTAL_CONFIG } from './portal-tokens';

@Module({})
export class PortalModule {
  static register(config: PortalConfig, assets: PortalAssets): DynamicModule {
    return {
      module: PortalModule,
      controllers: [HealthController, AssetsController, AuthController, HomeController],
      providers: [
        { provide: PORTAL_CONFIG, useValue: config },
        { provide: PORTAL_ASSETS, useValue: assets },
        { provide: GatewayClient, useValue: new GatewayClient(config.gatewayUrl) },
        { provide: SignInClient, useValue: new SignInClient(config) },
      ],
    };
  }
}
