export * from './shared/decision';
export * from './shared/deterministic-id';
export * from './holders/seeded-holders';
export * from './requests/request';
export * from './requests/request-decide';
