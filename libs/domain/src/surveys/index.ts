export * from './survey';
export * from './survey-rules';
export * from './survey-decide';
export * from './survey-clocks';
export * from './voter-id';
