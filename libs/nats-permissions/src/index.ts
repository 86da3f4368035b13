export * from './permissions';
export * from './accounts';
export * from './auth-config';
export * from './nkey-seeds';
export {
  generateNatsAuth,
  renderExampleAuthConfig,
  DEFAULT_AUTH_CONF,
  DEFAULT_SEEDS_DIR,
  EXAMPLE_AUTH_CONF,
  type GenerateNatsAuthOptions,
  type GeneratedNatsAuth,
} from './generate-nats-auth';
