/**
 * The address a service's HTTP port (health, and the gateway's API) listens on. Loopback by default, so a
 * developer's machine exposes nothing to its network; deployments that must be reached from elsewhere (the
 * gateway behind a load balancer, containers reached by name) say so: `<SERVICE>_HTTP_HOST` for one service
 * (`GATEWAY_HTTP_HOST=0.0.0.0`), or `HTTP_HOST` for all.
 */
export const DEFAULT_HTTP_HOST = '127.0.0.1';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*$/;
const HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** `GATEWAY_HTTP_HOST` for `gateway`, `IDENTITY_DEV_HTTP_HOST` for `identity-dev`. */
export function httpHostVariable(service: string): string {
  return `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_HTTP_HOST`;
}

/** The listen address for `service`; a malformed setting stops the start, naming the variable and the rule. */
export function httpHost(service: string, env: Record<string, string | undefined> = process.env): string {
  const own = httpHostVariable(service);
  const [variable, value] = env[own] ? [own, env[own]] : env.HTTP_HOST ? ['HTTP_HOST', env.HTTP_HOST] : [undefined, undefined];
  if (variable === undefined || value === undefined) return DEFAULT_HTTP_HOST;
  if (!IPV4.test(value) && !IPV6.test(value) && !HOSTNAME.test(value)) {
    throw new Error(`Invalid configuration:\n- ${variable} must be an IP address or a host name to listen on (e.g. 127.0.0.1 or 0.0.0.0), got "${value}"`);
  }
  return value;
}
