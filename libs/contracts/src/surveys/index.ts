export * from './survey-events';
export * from './survey-messages';
