// THE list of runnable services. `npm start` (scripts/start.mjs) starts every row, and docker-compose.yml
// is generated from it (`node scripts/lib/compose.mjs`; CI checks it is up to date with `--check`).
//
// Adding a service = adding one row, then `node scripts/lib/compose.mjs` to regenerate docker-compose.yml.
//   name        — the folder under services/, the log prefix, the compose service name
//   entry       — the compiled entry point under dist/ (scripts/build.mjs keeps the source tree)
//   portEnv     — the environment variable the service reads for its HTTP port
//   defaultPort — the port it uses when that variable is unset (must match the service's own default)
// Every service must answer GET http://<host>:<port>/health with 200 once it is ready.
// Order matters only for start-up logs and shutdown (reverse order); `public: true` publishes the port in compose;
// `nats: false` for a service that never uses NATS (it gets no NATS credentials).
// Every service listens on 127.0.0.1 unless HTTP_HOST / <SERVICE>_HTTP_HOST says otherwise (libs/platform
// http-host.ts); in compose a `public` service listens on all of its container's addresses.
//   compose     — what only docker-compose.yml needs: extra `env`, `volumes`, and one-shot jobs to run `after`;
//                 `profiles` (a service only started with `--profile <name>`), `publishOn` (the host address its
//                 published port is bound to; default all)
// `@type {const}` keeps the names literal for TypeScript: libs/testing's ServiceName union is read from this list.
export const services = /** @type {const} */ ([
  {
    name: 'identity-dev',
    entry: 'dist/services/identity-dev/src/main.js',
    portEnv: 'IDENTITY_DEV_HTTP_PORT',
    defaultPort: 3190,
    public: true,
    nats: false,
    // It mints tokens for anyone: only with `docker compose --profile development`, published on the host's
    // loopback only, and it refuses NODE_ENV=production (the image's default).
    compose: {
      profiles: ['development'],
      publishOn: '127.0.0.1',
      env: { NODE_ENV: 'development', AUTH_ISSUER: 'http://localhost:3190', IDENTITY_DEV_KEY_FILE: '/tmp/identity-dev/signing-key.json' },
    },
  },
  { name: 'relay', entry: 'dist/services/relay/src/main.js', portEnv: 'RELAY_HTTP_PORT', defaultPort: 3104 },
  {
    name: 'intake',
    entry: 'dist/services/intake/src/main.js',
    portEnv: 'INTAKE_HTTP_PORT',
    defaultPort: 3101,
    compose: {
      env: { EDS_TRUSTED_ROOTS: '/dev-ca/root.pem', EDS_INTERMEDIATES: '/dev-ca/intermediate.pem', EDS_CRLS: '/dev-ca/crl.pem' },
      volumes: ['dev-ca:/dev-ca:ro'],
      after: ['dev-ca'],
    },
  },
  { name: 'moderation', entry: 'dist/services/moderation/src/main.js', portEnv: 'MODERATION_HTTP_PORT', defaultPort: 3108 },
  { name: 'response', entry: 'dist/services/response/src/main.js', portEnv: 'RESPONSE_HTTP_PORT', defaultPort: 3109 },
  { name: 'conferences', entry: 'dist/services/conferences/src/main.js', portEnv: 'CONFERENCES_HTTP_PORT', defaultPort: 3110 },
  { name: 'surveys', entry: 'dist/services/surveys/src/main.js', portEnv: 'SURVEYS_HTTP_PORT', defaultPort: 3111 },
  { name: 'access', entry: 'dist/services/access/src/main.js', portEnv: 'ACCESS_HTTP_PORT', defaultPort: 3105 },
  { name: 'projections', entry: 'dist/services/projections/src/main.js', portEnv: 'PROJECTIONS_HTTP_PORT', defaultPort: 3102 },
  { name: 'notifications', entry: 'dist/services/notifications/src/main.js', portEnv: 'NOTIFICATIONS_HTTP_PORT', defaultPort: 3107 },
  { name: 'deadlines', entry: 'dist/services/deadlines/src/main.js', portEnv: 'DEADLINES_HTTP_PORT', defaultPort: 3106 },
  { name: 'reporting', entry: 'dist/services/reporting/src/main.js', portEnv: 'REPORTING_HTTP_PORT', defaultPort: 3112 },
  {
    name: 'gateway',
    entry: 'dist/services/gateway/src/main.js',
    portEnv: 'GATEWAY_HTTP_PORT',
    defaultPort: 3000,
    public: true,
    // AUTH_ISSUER / AUTH_JWKS_URL: in the platform settings every service shares (scripts/lib/compose.mjs).
  },
  {
    // The web portal: pages on the server, the platform reached only through the gateway's public API.
    name: 'portal',
    entry: 'dist/services/portal/src/main.js',
    portEnv: 'PORTAL_HTTP_PORT',
    defaultPort: 3200,
    public: true,
    nats: false,
    compose: {
      env: {
        PORTAL_GATEWAY_URL: 'http://gateway:3000',
        PORTAL_PUBLIC_URL: '${PORTAL_PUBLIC_URL:-http://localhost:3200}',
        PORTAL_SESSION_SECRET: '${PORTAL_SESSION_SECRET:?set PORTAL_SESSION_SECRET to 32 or more random characters}',
      },
    },
  },
]);

/** The HTTP path every service answers with 200 when it is ready. */
export const healthPath = '/health';

/** The port a service will listen on, given the environment (the same rule the service applies). */
export function servicePort(service, env = process.env) {
  const raw = env[service.portEnv];
  if (raw === undefined || raw === '') return service.defaultPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`${service.portEnv}=${raw} is not a valid port (service ${service.name})`);
  }
  return port;
}
