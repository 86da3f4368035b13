export * from './config/platform-config';
