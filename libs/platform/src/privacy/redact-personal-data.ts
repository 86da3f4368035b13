/**
 * One scrubber for personal data in free text: Kazakh IINs/BINs (12 digits, however grouped or
 * prefixed), Kazakh mobile and landline phone numbers in their common written forms, and e-mail
 * addresses. Used for every text a person other than its author may see (the public blog, dislike
 * reasons in statistics, public conference questions) and for log lines.
 *
 * Framework-free on purpose: the projections, the logger and any future caller share it.
 *
 * Matching runs on a normalised copy of the text (NFKC, so full-width `８` is `8` and `＠` is `@`;
 * other scripts' decimal digits read as ASCII; zero-width and bidirectional formatting characters
 * removed), so that invisible or look-alike characters cannot split a number past the patterns.
 * Masks replace the matching characters of the original text; the rest is kept as written.
 */

export const IIN_OR_BIN_MARKER = '[iin-or-bin]';
export const PHONE_MARKER = '[phone]';
export const EMAIL_MARKER = '[email]';

export interface Redaction {
  readonly text: string;
  /** True when at least one IIN/BIN, phone number or e-mail address was masked. */
  readonly redacted: boolean;
}

/**
 * Characters that render as nothing: zero-width space/non-joiner/joiner (U+200B–U+200D), word joiner
 * (U+2060), BOM (U+FEFF), soft hyphen (U+00AD), Mongolian vowel separator (U+180E), and the
 * bidirectional marks, embeddings, overrides and isolates (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const INVISIBLE_CHARACTER = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]$/;

const EMAIL = /[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}[\p{L}\p{M}]+/gu;

/** Opaque identifiers whose digits are not personal data: UUIDs and long hex digests. */
const OPAQUE_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32,}\b/gi;

/**
 * A separator between two groups of digits inside one written number: one space, dot or dash, or a
 * bracket with at most one space or dash around it (`8 (727) 272-12-34`). Two spaces, a comma, a colon
 * or a slash end the number.
 */
const SEPARATOR = String.raw`(?:[ \t]?[()][ \t\-]?|[ \t.\-])`;
/** A run of digit groups, optionally opened by `+` or `(`: every candidate number lies inside one. */
const DIGIT_RUN = new RegExp(String.raw`(?:\+[ \t]?)?\(?\d+(?:${SEPARATOR}\d+)*`, 'g');
const GROUP = /\d+/g;

/** Words and signs that make a number an amount or a percentage, not a person's number. */
const AMOUNT_AFTER = /^[ \t]?(?:тенге|теңге|тг\b|₸|kzt|tenge|тыс|мың|млн|млрд|трлн|million|billion|trillion|mln|bn|руб|usd|eur|\$|€|%)/iu;
const AMOUNT_BEFORE = /(?:₸|\$|€|kzt|usd|eur)[ \t]?$/i;
/** `123456789012:4`: a store position in a log line. */
const POSITION_AFTER = /^:\d/;

interface DigitGroup {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  /** The characters between the previous group and this one ('' for the first). */
  readonly separatorBefore: string;
}

/** A normalised copy of the text, and for each of its UTF-16 units the original range it came from. */
interface Normalised {
  readonly text: string;
  readonly originalStart: readonly number[];
  readonly originalEnd: readonly number[];
}

/**
 * Each code point is normalised on its own (NFKC, invisible characters dropped, other scripts' digits
 * as ASCII), so a match in the normalised text maps back to the original: masks replace the original
 * characters and everything else is published as the author wrote it (`№` stays `№`).
 */
function normaliseForMatching(text: string): Normalised {
  let normalised = '';
  const originalStart: number[] = [];
  const originalEnd: number[] = [];
  let offset = 0;
  for (const character of text) {
    const replacement = INVISIBLE_CHARACTER.test(character) ? '' : character.normalize('NFKC').replace(/(?![0-9])\p{Nd}/gu, asciiDigit);
    for (let unit = 0; unit < replacement.length; unit += 1) {
      originalStart.push(offset);
      originalEnd.push(offset + character.length);
    }
    normalised += replacement;
    offset += character.length;
  }
  return { text: normalised, originalStart, originalEnd };
}

/** A decimal digit of another script as its ASCII digit: Unicode keeps each script's 0–9 contiguous. */
function asciiDigit(character: string): string {
  const codePoint = character.codePointAt(0)!;
  let zero = codePoint;
  while (codePoint - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(codePoint - zero);
}

type Kind = 'iin' | 'phone' | 'email';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

const MARKERS: Record<Kind, string> = { iin: IIN_OR_BIN_MARKER, phone: PHONE_MARKER, email: EMAIL_MARKER };

/** The text with every IIN/BIN, phone number and e-mail address replaced by a marker, and whether any was. */
export function redactPersonalData(text: string): Redaction {
  const normalised = normaliseForMatching(text);
  const spans = personalDataSpans(normalised.text);
  if (spans.length === 0) return { text, redacted: false };
  let result = '';
  let last = 0;
  for (const span of spans) {
    const start = normalised.originalStart[span.start];
    result += text.slice(last, start) + MARKERS[span.kind];
    last = normalised.originalEnd[span.end - 1];
  }
  return { text: result + text.slice(last), redacted: true };
}

/** `redactPersonalData(text).text`. */
export function scrubPersonalData(text: string): string {
  return redactPersonalData(text).text;
}

/** Where personal data is in a normalised text, in order, not overlapping. */
function personalDataSpans(text: string): Span[] {
  const emails: Span[] = [...text.matchAll(EMAIL)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'email' }));
  // Blank out e-mail addresses and opaque ids (same length) so their digits are not read as numbers.
  let digitsOnly = text;
  for (const match of [
    ...emails.map((span) => ({ index: span.start, length: span.end - span.start })),
    ...[...text.matchAll(OPAQUE_ID)].map((m) => ({ index: m.index, length: m[0].length })),
  ]) {
    digitsOnly = digitsOnly.slice(0, match.index) + '_'.repeat(match.length) + digitsOnly.slice(match.index + match.length);
  }
  const numbers = [...digitsOnly.matchAll(DIGIT_RUN)].flatMap((run) =>
    numberSpansInRun(run[0], digitsOnly.slice(0, run.index), digitsOnly.slice(run.index + run[0].length)).map((span) => ({
      ...span,
      start: span.start + run.index,
      end: span.end + run.index,
    })),
  );
  return [...emails, ...numbers].sort((a, b) => a.start - b.start);
}

function groupsOf(run: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let previousEnd = 0;
  for (const match of run.matchAll(GROUP)) {
    groups.push({
      digits: match[0],
      start: match.index,
      end: match.index + match[0].length,
      separatorBefore: groups.length === 0 ? '' : run.slice(previousEnd, match.index),
    });
    previousEnd = match.index + match[0].length;
  }
  return groups;
}

/**
 * Walks the run's groups from the left: at each allowed start, the shortest span of groups that reads as
 * a phone number or an IIN/BIN is masked, and the walk goes on after it. A span may start at the run's
 * first group or right after a masked one; further inside a run (after a space) only an unmistakable
 * number may start: an ungrouped 12-digit number or a phone number — so the last four groups of
 * `1 234 567 890 123` (an amount) are not taken for a grouped IIN.
 */
function numberSpansInRun(run: string, before: string, after: string): Span[] {
  const groups = groupsOf(run);
  const plus = run.startsWith('+');
  const spans: Span[] = [];
  let index = 0;
  let afterMatch = true;
  while (index < groups.length) {
    const freeStart = afterMatch || /^[ \t]$/.test(groups[index].separatorBefore);
    const found = freeStart ? spanAt(groups, index, plus && index === 0, afterMatch) : null;
    if (found) {
      const endsRun = found.last === groups.length - 1;
      const textAfter = endsRun ? after : run.slice(groups[found.last].end);
      const textBefore = index === 0 ? before : run.slice(0, groups[index].start);
      const isAmount = AMOUNT_AFTER.test(textAfter) || AMOUNT_BEFORE.test(textBefore);
      const isPosition = found.kind === 'iin' && POSITION_AFTER.test(textAfter);
      if (!isAmount && !isPosition) {
        spans.push({ start: index === 0 ? 0 : groups[index].start, end: groups[found.last].end, kind: found.kind });
        index = found.last + 1;
        afterMatch = true;
        continue;
      }
    }
    index += 1;
    afterMatch = false;
  }
  return spans;
}

/** The shortest span of groups from `first` that is a phone number or an IIN/BIN, if any. */
function spanAt(groups: readonly DigitGroup[], first: number, plus: boolean, mayBeGroupedIin: boolean): { last: number; kind: 'iin' | 'phone' } | null {
  let digits = '';
  for (let last = first; last < groups.length && digits.length < 12; last += 1) {
    digits += groups[last].digits;
    const span = groups.slice(first, last + 1);
    if (isPhone(digits, span, plus)) return { last, kind: 'phone' };
    if (digits.length === 12 && (span.length === 1 || (mayBeGroupedIin && isGroupedIin(span)))) return { last, kind: 'iin' };
  }
  return null;
}

/** 12 digits in groups of at least three, one kind of separator throughout: `850 505 400 018`, `8505-0540-0018`. */
function isGroupedIin(span: readonly DigitGroup[]): boolean {
  const separators = new Set(span.slice(1).map((group) => group.separatorBefore));
  return separators.size === 1 && /^[ \t.-]$/.test([...separators][0]) && span.every((group) => group.digits.length >= 3);
}

/**
 * A Kazakh number (+7 then ten digits starting with 6 or 7: mobile 70x/747/75x/76x/77x, landline
 * 7xx area codes): `+7…` in any grouping; `8…` or `7…` with the prefix standing alone or all ungrouped;
 * or the ten national digits alone. National digits grouped as an area code of three or four, then
 * groups of two to four (or one group of the rest).
 */
function isPhone(digits: string, span: readonly DigitGroup[], plus: boolean): boolean {
  if (plus) return digits.length === 11 && digits[0] === '7' && /[67]/.test(digits[1]);
  if (digits.length === 11 && /[78]/.test(digits[0]) && /[67]/.test(digits[1])) {
    if (span.length === 1) return true;
    return span[0].digits.length === 1 && isNationalGrouping(span.slice(1));
  }
  if (digits.length === 10 && digits[0] === '7') return span.length === 1 || isNationalGrouping(span);
  return false;
}

function isNationalGrouping(span: readonly DigitGroup[]): boolean {
  const lengths = span.map((group) => group.digits.length);
  if (lengths[0] !== 3 && lengths[0] !== 4) return false;
  if (lengths.length === 2) return true;
  return lengths.slice(1).every((length) => length >= 2 && length <= 4);
}
