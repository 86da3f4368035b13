import type { Provider } from '@nestjs/common';
import type { PlatformConfig } from './platform-config';

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');

export function platformConfigProvider(config: PlatformConfig): Provider {
  return { provide: PLATFORM_CONFIG, useValue: config };
}
