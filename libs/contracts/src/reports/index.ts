export * from './report-events';
export * from './report-messages';
