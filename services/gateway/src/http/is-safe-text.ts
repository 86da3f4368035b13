import { registerDecorator, type ValidationOptions } from 'class-validator';

/** C0 control characters other than tab, line feed and carriage return; NUL first, PostgreSQL's text type cannot hold it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Without the `u` flag a regular expression sees UTF-16 code units: a high surrogate not followed by a low one, or a low one alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidirectional embeddings, overrides and isolates: they make text display in an order other than the one stored ("Trojan Source"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Characters that display nothing: zero-width spaces and joiners, the BOM, soft hyphens, variation selectors, Hangul fillers, ... */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const WHITESPACE_ONLY = /^\s*$/u;

export type TextProblem = 'control_character' | 'lone_surrogate' | 'bidi_control' | 'invisible_only';

const explanations: Record<TextProblem, string> = {
  control_character: 'must not contain control characters such as NUL (U+0000)',
  lone_surrogate: 'must be valid Unicode: it contains a lone surrogate (U+D800–U+DFFF)',
  bidi_control: 'must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)',
  invisible_only: 'must contain visible text: it has only invisible characters (zero-width spaces, BOM, ...)',
};

/**
 * What makes a string unfit to store and show, if anything. Empty and whitespace-only text is left to the
 * field's own rules (required or not, the domain's "blank" refusals); text whose only non-space characters
 * are invisible is refused here, since it would pass those rules and show as blank.
 */
export function textProblem(value: string): TextProblem | undefined {
  if (CONTROL.test(value)) return 'control_character';
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  if (BIDI_CONTROL.test(value)) return 'bidi_control';
  const visible = value.replace(INVISIBLE, '');
  if (visible.length !== value.length && WHITESPACE_ONLY.test(visible)) return 'invisible_only';
  return undefined;
}

/**
 * Text a person typed and others will read: no control characters (NUL), no lone surrogates, no
 * bidirectional overrides or isolates, and not only invisible characters. Non-strings pass: `@IsString()`
 * beside it names that problem. A refusal is a 400 `validation_failed` with rule `isSafeText`.
 */
export function IsSafeText(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSafeText',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value) === undefined,
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? textProblem(args.value) : undefined;
          return problem ? `${args?.property} ${explanations[problem]}` : '';
        },
      },
    });
}
