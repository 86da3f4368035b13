export * from './report-job';
export * from './report-job-decide';
