import { redactPersonalData, scrubPersonalData } from './redact-personal-data';

describe('redactPersonalData: what a person other than the author may not see', () => {
  it.each([
    // IIN / BIN, however grouped or prefixed
    ['ИИН 850505400018', 'ИИН [iin-or-bin]'],
    ['IIN850505400018', 'IIN[iin-or-bin]'],
    ['iin:850505400018', 'iin:[iin-or-bin]'],
    ['ИИН-850505400018.', 'ИИН-[iin-or-bin].'],
    ['БИН 040340010004 ТОО', 'БИН [iin-or-bin] ТОО'],
    ['мой иин 850 505 400 018 и всё', 'мой иин [iin-or-bin] и всё'],
    ['850-505-400-018', '[iin-or-bin]'],
    ['8505.0540.0018', '[iin-or-bin]'],
    ['850505 400018', '[iin-or-bin]'],
    ['８５０５０５４０００１８', '[iin-or-bin]'],
    ['８５０ ５０５ ４００ ０１８', '[iin-or-bin]'],
    ['٨٥٠٥٠٥٤٠٠٠١٨', '[iin-or-bin]'],
    ['8505\u200B0540\u200D0018', '[iin-or-bin]'],
    ['85050\u00AD5400018', '[iin-or-bin]'],
    ['8\u206050505400018\uFEFF', '[iin-or-bin]\uFEFF'],
    ['850\u00A0505\u00A0400\u00A0018', '[iin-or-bin]'],
    ['№12 850505400018', '№12 [iin-or-bin]'],
    ['/api/requests?iin=850505400018&x=1', '/api/requests?iin=[iin-or-bin]&x=1'],
    ['awpaccess-kazatomprom-850505400018-administrator', 'awpaccess-kazatomprom-[iin-or-bin]-administrator'],
    ['stream notice-850505400018 not found', 'stream notice-[iin-or-bin] not found'],
    // Kazakh mobile and landline numbers
    ['+7 701 123 45 67', '[phone]'],
    ['+77011234567', '[phone]'],
    ['+7.701.123.45.67', '[phone]'],
    ['+7 (701) 123-45-67', '[phone]'],
    ['+7-701-1234567', '[phone]'],
    ['7 701 123 45 67', '[phone]'],
    ['77011234567', '[phone]'],
    ['8 701 123 45 67', '[phone]'],
    ['8(701)123-45-67', '[phone]'],
    ['87011234567', '[phone]'],
    ['701 123 45 67', '[phone]'],
    ['7011234567', '[phone]'],
    ['8 (727) 272-12-34', '[phone]'],
    ['8 (7172) 55-12-34', '[phone]'],
    ['(727) 272 12 34', '[phone]'],
    ['＋７ ７０１ １２３ ４５ ６７', '[phone]'],
    ['+7 701\u200B123 45 67', '[phone]'],
    ['звоните: 8 701 123 45 67, 8 702 765 43 21', 'звоните: [phone], [phone]'],
    ['ИИН 850505400018 8 701 123 45 67', 'ИИН [iin-or-bin] [phone]'],
    // e-mail addresses
    ['пишите на dana.s@mail.kz', 'пишите на [email]'],
    ['aigerim+blog@gov.example.kz!', '[email]!'],
    ['айгерим@почта.қаз', '[email]'],
    ['dana＠mail.kz', '[email]'],
    ['d\u200Bana@mail.kz', '[email]'],
  ])('masks %j', (text, expected) => {
    expect(redactPersonalData(text)).toEqual({ text: expected, redacted: true });
  });

  it.each([
    'Прошу опубликовать бюджет школы №12 на 2026 год.',
    'запрос № 12, от 05.05.2024, ответ до 20.05.2024',
    '2024-05-05T10:00:00Z',
    'период 01.01.2024-31.12.2024',
    'с 2023 по 2025 годы',
    'сумма 1 500 000 тенге',
    'бюджет 500 000 000 000 тенге',
    'бюджет 500 000 000 000 ₸',
    '₸ 500 000 000 000',
    'рост на 850505400018 %',
    '7 500 000 000',
    '1 234 567 890 123',
    'took 1234567890123 ms',
    'position 123456789012:4',
    'request 3f2b8c1e-0d4a-4e7b-9c21-900101300017 at 1042:3',
    'commandId 5d1f6a2e-1111-4222-8333-444455556666',
    'sha 3f2b8c1e0d4a4e7b9c21900101300017aa3f2b8c1e0d4a4e',
    '12345',
    'Школа №850',
    'телефон доверия 1414',
    '',
    'без персональных данных',
  ])('leaves %j alone', (text) => {
    expect(redactPersonalData(text)).toEqual({ text, redacted: false });
  });

  it('keeps the rest of the text as written: only the matched characters are replaced', () => {
    expect(redactPersonalData('ﬁne\u200B ８ text')).toEqual({ text: 'ﬁne\u200B ８ text', redacted: false });
    expect(redactPersonalData('«№１２» ﬁ\u200B ИИН ８５０５\u200B０５４０００１８!')).toEqual({ text: '«№１２» ﬁ\u200B ИИН [iin-or-bin]!', redacted: true });
  });

  it('scrubPersonalData is the redacted text alone', () => {
    expect(scrubPersonalData('call +77011234567')).toBe('call [phone]');
  });
});
