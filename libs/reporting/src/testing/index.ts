// For tests of other projects (the reporting service, its command line): the scripted small history of the unit
// tests and its builder, so an integration test replays the same facts through a real store.
export { AS_OF, PERIOD_2026, scriptedHistory } from '../scripted-history';
export { History, maskDigits, type FactOptions } from '../report-test-builders';
