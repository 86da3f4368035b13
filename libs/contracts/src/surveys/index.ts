export * from './survey-events';
export * from './survey-messages';
export * from './survey-deadline-events';
