import { scrubPersonalData } from './personal-data';

describe('scrubPersonalData', () => {
  it.each([
    ['GET /api/requests/900101300017', 'GET /api/requests/[iin-or-bin]'],
    ['/api/requests?iin=850505400018&x=1', '/api/requests?iin=[iin-or-bin]&x=1'],
    ['holder 040340010004 unknown', 'holder [iin-or-bin] unknown'],
    ['call +7 701 234 56 78 or 8(701)234-56-78', 'call [phone] or [phone]'],
    ['+77012345678', '[phone]'],
  ])('removes IINs, BINs and phone numbers from %j', (text, expected) => {
    expect(scrubPersonalData(text)).toBe(expected);
  });

  it.each([
    'request 3f2b8c1e-0d4a-4e7b-9c21-900101300017 at 1042:3',
    'position 123456789012:4',
    'took 1234567890123 ms',
    'commandId 5d1f6a2e-1111-4222-8333-444455556666',
  ])('leaves UUIDs, store positions and longer numbers alone: %j', (text) => {
    expect(scrubPersonalData(text)).toBe(text);
  });
});
