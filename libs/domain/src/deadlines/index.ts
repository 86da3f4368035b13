export * from './deadline-clock';
export * from './derive-clocks';
export * from './recompute-on-calendar';
export * from './scheduled-facts';
export * from './survey-deadlines';
