export * from './clock-events';
export * from './clock-streams';
export * from './upcast-clock-event';
