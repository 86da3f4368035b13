export * from './shared/decision';
export * from './shared/deterministic-id';
export * from './holders/seeded-holders';
export * from './requests/request';
export * from './requests/request-decide';
export * from './awp-access/awp-access';
export * from './awp-access/awp-access-decide';
export * from './holders/holder-registration';
