import { ConfigModule } from '@nestjs/config';
import { validatePlatformEnvironment } from './platform-environment';

/** @nestjs/config over the process environment (no .env files in production), validated at start-up. */
export function platformConfigModule() {
  return ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validatePlatformEnvironment });
}
