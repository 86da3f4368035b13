import { PlatformEnvironment } from '@od/platform';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
// Importing the module imports every controller and, through them, every DTO: their decorators fill the storage.
import '../../gateway.module';
import { messageKeyOf } from '../validation';
import { validationMessages } from './catalogue';
import { constraintArguments, ruleOf } from './constraint-arguments';
import { validationMessagesFor } from './field-messages';

type DtoClass = abstract new (...args: never[]) => object;

/** Every decorator a gateway DTO carries that can refuse a value (IsOptional, ValidateIf and Allow cannot). */
function refusingDecorators(): ValidationMetadata[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, ValidationMetadata[]> };
  return [...storage.validationMetadatas.entries()]
    .filter(([target]) => target !== PlatformEnvironment)
    .flatMap(([, metadatas]) => metadatas)
    .filter((metadata) => metadata.type !== 'conditionalValidation' && metadata.type !== 'whitelistValidation');
}

/** The error class-validator would report for this decorator, with a value that breaks it as given. */
function errorOf(metadata: ValidationMetadata, value: unknown): ValidationError {
  const rule = ruleOf(metadata);
  const target = Object.create((metadata.target as DtoClass).prototype) as object;
  return {
    target,
    property: metadata.propertyName,
    value,
    constraints: { [rule]: 'English' },
    contexts: metadata.context ? { [rule]: metadata.context } : undefined,
    children: [],
  };
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe('the catalogue of validation messages', () => {
  const decorators = refusingDecorators();

  it('given the gateway module imported, when its DTOs are walked, then there are many decorators to check', () => {
    // A walk that found nothing would pass the next test for nothing.
    expect(decorators.length).toBeGreaterThan(150);
    expect([...new Set(decorators.map(ruleOf))]).toEqual(
      expect.arrayContaining(['maxLength', 'isSafeText', 'isIin', 'matches', 'isIn', 'isDefined', 'nestedValidation']),
    );
  });

  it('when each decorator of a DTO refuses a value, then its message is in the catalogue in kk, ru and en, with the arguments filled', () => {
    const missing: string[] = [];
    for (const metadata of decorators) {
      const rule = ruleOf(metadata);
      const error = errorOf(metadata, undefined);
      const key = messageKeyOf(error, rule);
      const where = `${(metadata.target as DtoClass).name}.${metadata.propertyName} @${rule}`;
      if (!key) {
        missing.push(where);
        continue;
      }
      // A text naming an argument the constraint does not give throws here (intl-messageformat: missing value).
      const messages = validationMessagesFor(key, constraintArguments(error, rule));
      for (const text of Object.values(messages)) expect(text).not.toMatch(/[{}]/);
      expect(CYRILLIC.test(messages.kk) && CYRILLIC.test(messages.ru)).toBe(true);
      expect(new Set([messages.kk, messages.ru, messages.en]).size).toBe(3);
    }
    expect(missing).toEqual([]);
  });

  it('when a DTO names a variant (says), then the catalogue has it', () => {
    const said = decorators.flatMap((metadata) => {
      const variant = (metadata.context as { says?: string } | undefined)?.says;
      return variant ? [variant] : [];
    });
    expect(said.length).toBeGreaterThan(10);
    for (const variant of said) expect(Object.keys(validationMessages)).toContain(variant);
  });

  it('when IsIin refuses, then every problem the IIN check can name has its own message', () => {
    for (const [value, key] of [
      ['12345', 'isIin.not_12_digits'],
      ['900101300001', 'isIin.check_digit_mismatch'],
      ['901301300000', 'isIin.birth_date_invalid'],
      ['900101900000', 'isIin.century_digit_invalid'],
      [42, 'isIin'],
    ] as const) {
      const iin = decorators.find((metadata) => ruleOf(metadata) === 'isIin') as ValidationMetadata;
      expect([value, messageKeyOf(errorOf(iin, value), 'isIin')]).toEqual([value, key]);
    }
  });

  it('when IsSafeText refuses, then the message says what is wrong with the text', () => {
    const safeText = decorators.find((metadata) => ruleOf(metadata) === 'isSafeText') as ValidationMetadata;
    expect(messageKeyOf(errorOf(safeText, 'a\u0000b'), 'isSafeText')).toBe('isSafeText.control_character');
    expect(messageKeyOf(errorOf(safeText, '\uD800'), 'isSafeText')).toBe('isSafeText.lone_surrogate');
    expect(messageKeyOf(errorOf(safeText, 'a\u202Eb'), 'isSafeText')).toBe('isSafeText.bidi_control');
    expect(messageKeyOf(errorOf(safeText, '\u200B\u200B'), 'isSafeText')).toBe('isSafeText.invisible_only');
  });

  it('every text of the catalogue is Kazakh and Russian in Cyrillic, and not a copy of another language', () => {
    for (const [key, texts] of Object.entries(validationMessages)) {
      expect([key, CYRILLIC.test(texts.kk), CYRILLIC.test(texts.ru)]).toEqual([key, true, true]);
      expect([key, new Set(Object.values(texts)).size]).toEqual([key, 3]);
    }
  });
});
