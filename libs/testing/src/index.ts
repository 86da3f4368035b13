export * from './test-run';
export * from './test-database';
export * from './eventually';
export * from './decider-spec';
export * from './platform-processes';
export * from './full-platform';
export * from './request-signing';
export * from './nats-server-process';
