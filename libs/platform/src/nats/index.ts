export * from './connect-nats';
export * from './events-stream';
