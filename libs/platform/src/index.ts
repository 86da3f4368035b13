export * from './config/platform-config';
export * from './nats';
