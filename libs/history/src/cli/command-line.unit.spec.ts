import { instant, parseCommandLine, positiveNumber, UsageError } from './command-line';

describe('the history commands read their flags', () => {
  it('names the flag and the rule when a value breaks it', () => {
    expect(() => positiveNumber('requests-per-year', undefined)).toThrow(new UsageError('--requests-per-year is required'));
    expect(() => positiveNumber('years', '-1')).toThrow(/--years must be a number greater than 0, got "-1"/);
    expect(() => positiveNumber('years', 'three')).toThrow(/--years must be a number greater than 0/);
    expect(() => instant('as-of', '2026-12-31')).toThrow(/--as-of must be an ISO 8601 instant with its offset/);
    expect(() => instant('as-of', '2026-12-31T23:59:59')).toThrow(/--as-of must be an ISO 8601 instant with its offset/);
    expect(() => parseCommandLine(['--yeers', '3'], { years: { type: 'string' } })).toThrow(UsageError);
  });

  it('takes good values and the defaults', () => {
    expect(positiveNumber('years', '0.5')).toBe(0.5);
    expect(positiveNumber('years', undefined, 3)).toBe(3);
    expect(instant('as-of', '2026-12-31T23:59:59+05:00').toISOString()).toBe('2026-12-31T18:59:59.000Z');
    expect(parseCommandLine(['--years', '3'], { years: { type: 'string' } })).toEqual({ years: '3' });
  });
});
