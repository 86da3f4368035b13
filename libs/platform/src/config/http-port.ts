import { integerSetting } from './integer-setting';

/** `GATEWAY_HTTP_PORT` for `gateway`, `IDENTITY_DEV_HTTP_PORT` for `identity-dev` (as in scripts/lib/services.mjs). */
export function httpPortVariable(service: string): string {
  return `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_HTTP_PORT`;
}

/**
 * The port a service's HTTP side (health, and the gateway's API) listens on: `<SERVICE>_HTTP_PORT`, else
 * `fallback` (the service's default in scripts/lib/services.mjs). Anything but a whole number from 1 to
 * 65535 stops the start, naming the variable and the rule.
 */
export function httpPortSetting(service: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  try {
    return integerSetting(env, httpPortVariable(service), fallback, { min: 1, max: 65_535 });
  } catch (error) {
    throw new Error(`Invalid configuration:\n- ${(error as Error).message}`);
  }
}
