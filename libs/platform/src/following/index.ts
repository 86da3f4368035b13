export * from './checkpoint-store';
export * from './decode-published-fact';
export * from './follow-events-stream';
export * from './plan-batch';
export * from './sql-transaction';
export * from './following';
