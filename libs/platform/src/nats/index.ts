export * from './connect-nats';
export * from './events-stream';
export * from './nats-credentials';
export * from './events-jetstream';
