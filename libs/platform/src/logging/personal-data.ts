/** Log lines are scrubbed with the same scrubber as published text (IIN/BIN, phone numbers, e-mail addresses). */
export { scrubPersonalData } from '../privacy/redact-personal-data';
