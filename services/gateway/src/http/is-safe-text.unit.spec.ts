import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsString, validate } from 'class-validator';
import { GatewayModule } from '../gateway.module';
import { IsSafeText, textProblem } from './is-safe-text';

describe('Safe text', () => {
  it.each([
    ['a NUL character', 'Budget\u0000 of school', 'control_character'],
    ['only a NUL character', '\u0000', 'control_character'],
    ['another C0 control character', 'bell\u0007', 'control_character'],
    ['a lone high surrogate', 'text \uD800 here', 'lone_surrogate'],
    ['a lone high surrogate at the end', 'text\uDBFF', 'lone_surrogate'],
    ['a lone low surrogate', '\uDC00text', 'lone_surrogate'],
    ['two high surrogates', '\uD83D\uD83D', 'lone_surrogate'],
    ['a right-to-left override', 'invoice \u202Egpj.exe', 'bidi_control'],
    ['a left-to-right embedding', '\u202Aabc', 'bidi_control'],
    ['a pop directional formatting', 'abc\u202C', 'bidi_control'],
    ['a first-strong isolate', 'a\u2068b\u2069', 'bidi_control'],
    ['a right-to-left isolate', '\u2067', 'bidi_control'],
    ['only zero-width spaces', '\u200B\u200B', 'invisible_only'],
    ['only a BOM', '\uFEFF', 'invisible_only'],
    ['a zero-width joiner and spaces', ' \u200D \u00A0', 'invisible_only'],
    ['a word joiner, a soft hyphen and a Hangul filler', '\u2060\u00AD\u3164', 'invisible_only'],
  ])('refuses text with %s', (_, text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it.each([
    ['Kazakh and Russian text', 'Мектеп бюджеті — Бюджет школы №12'],
    ['an emoji made of a surrogate pair and a joiner', 'Thanks 👩‍💻 🇰🇿'],
    ['tabs and new lines', 'line one\n\tline two\r\n'],
    ['Arabic with a right-to-left mark', 'مرحبا\u200F world'],
    ['text with a zero-width space inside', 'word\u200Bword'],
    ['an empty string (the field’s own rule decides)', ''],
    ['spaces only (the domain refuses blank text with its own code)', '   '],
  ])('accepts %s', (_, text) => {
    expect(textProblem(text)).toBeUndefined();
  });

  class Example {
    @IsString() @IsSafeText() reason!: string;
  }

  it('is a validation error with rule isSafeText naming the field and the problem', async () => {
    const [error] = await validate(plainToInstance(Example, { reason: 'a\u0000b' }));
    expect(error.property).toBe('reason');
    expect(error.constraints).toEqual({ isSafeText: 'reason must not contain control characters such as NUL (U+0000)' });
  });

  it('every string field of every gateway DTO is checked as safe text', () => {
    // Loading the module loads every controller and so every DTO class.
    expect(GatewayModule).toBeDefined();
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<abstract new (...args: never[]) => unknown, unknown[]> };
    const unchecked: string[] = [];
    let checked = 0;
    for (const target of storage.validationMetadatas.keys()) {
      if (target === Example) continue;
      const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', false, false);
      const properties = new Set(metadata.map((entry) => entry.propertyName));
      for (const property of properties) {
        const names = metadata.filter((entry) => entry.propertyName === property).map((entry) => entry.name);
        if (!names.includes('isString') && !names.includes('isEmail')) continue;
        if (names.includes('isSafeText')) checked += 1;
        else unchecked.push(`${target.name}.${property}`);
      }
    }
    expect(unchecked).toEqual([]);
    // The walk saw the DTOs (subject, text, reasons, templates, ...), so an empty list above means something.
    expect(checked).toBeGreaterThan(25);
  });
});
