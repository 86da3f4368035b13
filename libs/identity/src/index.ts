export * from './check-digit';
export * from './iin';
export * from './dev-accounts';
