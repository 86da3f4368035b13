import { integerSetting } from './integer-setting';

describe('integerSetting: whole numbers from the environment', () => {
  it('takes the fallback when the variable is unset or blank, else the number', () => {
    expect(integerSetting({}, 'X', 7)).toBe(7);
    expect(integerSetting({ X: ' ' }, 'X', 7)).toBe(7);
    expect(integerSetting({ X: '250' }, 'X', 7)).toBe(250);
  });

  it('refuses to start on a value an operator mistyped, naming the variable', () => {
    expect(() => integerSetting({ X: '1.5' }, 'X', 7)).toThrow('X must be a positive whole number, got "1.5"');
    expect(() => integerSetting({ X: '0' }, 'X', 7)).toThrow('X must be a positive whole number');
    expect(() => integerSetting({ X: 'ten' }, 'X', 7)).toThrow('X must be a positive whole number');
    expect(integerSetting({ X: '0' }, 'X', 7, { min: 0 })).toBe(0);
    expect(() => integerSetting({ X: '-1' }, 'X', 7, { min: 0 })).toThrow('X must be a non-negative whole number, got "-1"');
    expect(integerSetting({ X: '10' }, 'X', 7, { max: 10 })).toBe(10);
    expect(() => integerSetting({ X: '11' }, 'X', 7, { max: 10 })).toThrow('X must be a whole number from 1 to 10, got "11"');
  });
});
