export * from './conference';
export * from './conference-decide';
export * from './conference-timing';
export * from './topic-application';
export * from './conference-ids';
