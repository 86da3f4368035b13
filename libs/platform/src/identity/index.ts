export * from './authenticated-user';
export * from './auth-config';
export * from './token-verifier';
