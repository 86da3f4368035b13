import { checkBin, checkIin } from './iin';

// Check digits worked by hand: sum of digit × weight (1..11) mod 11; on 10, weights 3..11,1,2.
describe('IIN', () => {
  it.each([
    ['900101300017', 'born 1990-01-01, male; 9·1+1·3+1·5+3·7+1·11 = 51, 51 mod 11 = 7'],
    ['850505400018', 'born 1985-05-05, female; sum 107, 107 mod 11 = 8'],
    ['900101301608', 'first pass 109 mod 11 = 10, second pass 85 mod 11 = 8'],
  ])('accepts %s (%s)', (iin) => {
    expect(checkIin(iin)).toEqual({ valid: true });
  });

  it.each([
    ['900101300018', 'check_digit_mismatch'],
    ['90010130001', 'not_12_digits'],
    ['9001013000 7', 'not_12_digits'],
    ['901301300013', 'birth_date_invalid'],
    ['900230300013', 'birth_date_invalid'],
    ['900101700013', 'century_digit_invalid'],
    ['900101301610', 'no_valid_check_digit'],
  ])('refuses %s: %s', (iin, problem) => {
    expect(checkIin(iin)).toEqual({ valid: false, problem });
  });
});

describe('BIN', () => {
  it('accepts 040340010004 (registered 2004-03, resident legal entity, head office; sum 48 mod 11 = 4)', () => {
    expect(checkBin('040340010004')).toEqual({ valid: true });
  });

  it.each([
    ['040340010005', 'check_digit_mismatch'],
    ['041340010004', 'registration_month_invalid'],
    ['040370010004', 'entity_type_invalid'],
    ['04034001000', 'not_12_digits'],
  ])('refuses %s: %s', (bin, problem) => {
    expect(checkBin(bin)).toEqual({ valid: false, problem });
  });
});
