/**
 * Patterns of personal data that can turn up in free text: a 12-digit IIN or BIN standing alone (not part
 * of a longer number, a UUID or a store position), and a Kazakh phone number (+7 / 8, then 10 digits,
 * with the usual spaces, dashes or brackets).
 */
const IIN_OR_BIN = /(?<![\w:.-])\d{12}(?![\w:-]|\.\d)/g;
const PHONE = /(?<![\w])(?:\+7|8)[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/g;

/** The text with every IIN/BIN and phone number replaced by a marker. */
export function scrubPersonalData(text: string): string {
  return text.replace(PHONE, '[phone]').replace(IIN_OR_BIN, '[iin-or-bin]');
}
