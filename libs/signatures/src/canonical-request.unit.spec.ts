import { CanonicalFormError, canonicalRequestBytes, toSignedRequestPayload } from './canonical-request';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('R1 canonical form of a signed request (RFC 8785 JCS, UTF-8)', () => {
  test('given the five request fields in any order, when canonicalised, then keys are sorted and there is no whitespace', () => {
    const bytes = canonicalRequestBytes({
      text: 'Прошу ответить.',
      language: 'ru',
      subject: 'Дороги',
      holderId: 'akimat-almaty',
      commandId: '7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10',
    });
    expect(text(bytes)).toBe(
      '{"commandId":"7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10","holderId":"akimat-almaty","language":"ru","subject":"Дороги","text":"Прошу ответить."}',
    );
  });

  test('given the same payload built twice with different key order, when canonicalised, then the bytes are identical', () => {
    const a = canonicalRequestBytes({ commandId: 'c', holderId: 'h', subject: 's', text: 't', language: 'kk' });
    const b = canonicalRequestBytes({ language: 'kk', text: 't', subject: 's', holderId: 'h', commandId: 'c' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  test('given Kazakh letters, quotes, line breaks and control characters, when canonicalised, then strings use minimal JSON escaping and UTF-8', () => {
    const bytes = canonicalRequestBytes({ commandId: 'c', holderId: 'h', subject: 'Қала "жолы"', text: 'бір\nекі\u0001', language: 'kk' });
    expect(text(bytes)).toBe('{"commandId":"c","holderId":"h","language":"kk","subject":"Қала \\"жолы\\"","text":"бір\\nекі\\u0001"}');
  });

  test('given a plain JSON object with nested values and numbers, when canonicalised, then JCS rules apply to it too', () => {
    expect(text(canonicalRequestBytes({ b: [1, 2.5, 1e21], a: { z: null, y: true } }))).toBe('{"a":{"y":true,"z":null},"b":[1,2.5,1e+21]}');
  });

  test('given a DTO with extra properties, when the signed payload is taken from it, then only the five fields are signed', () => {
    const payload = toSignedRequestPayload({ commandId: 'c', holderId: 'h', subject: 's', text: 't', language: 'en', signature: 'MII…' } as never);
    expect(Object.keys(payload).sort()).toEqual(['commandId', 'holderId', 'language', 'subject', 'text']);
  });

  test('given a DTO whose text is not a string, when the signed payload is taken from it, then it is refused naming the field', () => {
    expect(() => toSignedRequestPayload({ commandId: 'c', holderId: 'h', subject: 's', text: 42, language: 'en' })).toThrow(
      new CanonicalFormError('text must be a string'),
    );
  });

  test('given an array or a non-finite number, when canonicalised, then it is refused', () => {
    expect(() => canonicalRequestBytes([] as never)).toThrow(CanonicalFormError);
    expect(() => canonicalRequestBytes({ n: Number.NaN })).toThrow(CanonicalFormError);
  });
});
