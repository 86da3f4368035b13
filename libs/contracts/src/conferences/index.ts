export * from './conference-events';
export * from './conference-deadline-events';
export * from './conference-messages';
