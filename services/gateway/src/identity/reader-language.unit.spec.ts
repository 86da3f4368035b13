import { readerLanguageOf } from './reader-language';

describe('The language a caller reads in (Accept-Language)', () => {
  it('the first language the platform speaks, by quality', () => {
    expect(readerLanguageOf('ru')).toBe('ru');
    expect(readerLanguageOf('de-DE,de;q=0.9,kk;q=0.5,en;q=0.8')).toBe('en');
    expect(readerLanguageOf('en-GB')).toBe('en');
  });

  it('none when it names no language the platform speaks (the account’s own language then)', () => {
    expect(readerLanguageOf(undefined)).toBeUndefined();
    expect(readerLanguageOf('*')).toBeUndefined();
    expect(readerLanguageOf('de, fr;q=0.5, ru;q=0')).toBeUndefined();
  });
});
