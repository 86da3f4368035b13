export * from './check-digit';
export * from './iin';
