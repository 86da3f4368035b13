export { replayReport, codeVersionOf, DEFAULT_PAGE_SIZE, type ReplayOptions, type ReplayProgress, type ReplayResult } from './replay-report';
export { readPostgresStoreHead, type StoreHead } from './store-head';
