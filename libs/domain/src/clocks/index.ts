export * from './clock';
export * from './clock-ids';
export * from './clock-table';
export * from './clock-engine';
export * from './tables/request-clock-table';
export * from './tables/conference-clock-table';
export * from './tables/survey-clock-table';
