export * from './authenticated-user';
export * from './auth-config';
export * from './token-verifier';
export * from './active-roles-in-store';
export * from './caller-verification';
export * from './verify-callers.interceptor';
