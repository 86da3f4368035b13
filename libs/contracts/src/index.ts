export * from './envelope';
export * from './subjects';
export * from './headers';
export * from './requests/request-events';
export * from './requests/request-messages';
export * from './identity/access-token-claims';
export * from './awp-access/awp-access-events';
export * from './awp-access/awp-access-messages';
