export * from './envelope';
export * from './subjects';
export * from './headers';
export * from './requests/request-events';
export * from './requests/request-messages';
export * from './identity/access-token-claims';
