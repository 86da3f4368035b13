import { fieldProblem, inReaderLanguage, validationFailed, validationMessagesFor } from './field-messages';

// Intl groups thousands with a no-break space in kk and ru.
const spaced = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('validation messages built from the rule and its arguments', () => {
  it.each([
    [1, 'Нужно ввести хотя бы 1 символ'],
    [2, 'Нужно ввести хотя бы 2 символа'],
    [4, 'Нужно ввести хотя бы 4 символа'],
    [5, 'Нужно ввести хотя бы 5 символов'],
    [11, 'Нужно ввести хотя бы 11 символов'],
    [21, 'Нужно ввести хотя бы 21 символ'],
    [22, 'Нужно ввести хотя бы 22 символа'],
  ])('given a minimum length of %i, then Russian says it with the plural form of символ that number takes', (min, russian) => {
    expect(validationMessagesFor('minLength', { min }).ru).toBe(russian);
  });

  it('given a maximum length of 2000, then each language says it with the number written as its readers write it', () => {
    const messages = validationMessagesFor('maxLength', { max: 2000 });
    expect(messages.en).toBe('Must be at most 2,000 characters long');
    expect(spaced(messages.ru)).toBe('Не длиннее 2 000 символов');
    expect(spaced(messages.kk)).toBe('2 000 таңбадан аспауы керек');
  });

  it('given a maximum length of 1 or 21, then Russian and English take the singular', () => {
    expect(validationMessagesFor('maxLength', { max: 1 })).toEqual({
      kk: '1 таңбадан аспауы керек',
      ru: 'Не длиннее 1 символа',
      en: 'Must be at most 1 character long',
    });
    expect(validationMessagesFor('maxLength', { max: 21 }).ru).toBe('Не длиннее 21 символа');
  });

  it('given R5’s extension of at most 15 days, then Russian puts день in the form each number takes', () => {
    expect(validationMessagesFor('max.extensionDays', { max: 15 }).ru).toBe('Срок можно продлить не более чем на 15 календарных дней (R5)');
    expect(validationMessagesFor('max.extensionDays', { max: 1 }).ru).toBe('Срок можно продлить не более чем на 1 календарный день (R5)');
    expect(validationMessagesFor('max.extensionDays', { max: 3 }).ru).toBe('Срок можно продлить не более чем на 3 календарных дня (R5)');
    expect(validationMessagesFor('max.extensionDays', { max: 15 }).kk).toBe('Мерзімді ең көбі 15 күнтізбелік күнге ұзартуға болады (R5)');
  });

  it('given a list of allowed values, then each language lists them', () => {
    const messages = validationMessagesFor('isIn', { values: 'single, multiple' });
    expect(messages).toEqual({
      kk: 'Рұқсат етілген мәндер: single, multiple',
      ru: 'Допустимые значения: single, multiple',
      en: 'Must be one of: single, multiple',
    });
  });

  it('given a text with <placeholders>, then they are kept as written, not taken for markup', () => {
    expect(validationMessagesFor('matches.storePosition').en).toBe('Must be a store position "<transactionId>:<sequence>"');
  });

  it('given a text that needs an argument the caller did not give, then building it fails rather than answering with a hole', () => {
    expect(() => validationMessagesFor('maxLength')).toThrow();
  });
});

describe('the body of a 400', () => {
  const body = validationFailed([
    fieldProblem('text', 'maxLength', 'maxLength', { max: 10_000 }),
    fieldProblem('holderId', 'matches', 'matches.holderId'),
  ]).getResponse() as {
    error: string;
    message: string;
    fields: { field: string; rule: string; message: string; messages: Record<string, string> }[];
  };

  it('by default, then it is English with the three languages alongside, each field with its rule', () => {
    expect(body.error).toBe('validation_failed');
    expect(body.message).toBe('The request has invalid fields');
    expect(body.fields[0]).toMatchObject({ field: 'text', rule: 'maxLength', message: 'Must be at most 10,000 characters long' });
    expect(spaced(body.fields[0].messages.ru)).toBe('Не длиннее 10 000 символов');
  });

  it('when the reader asks for Russian or Kazakh, then every message is in it and nothing else changes', () => {
    const russian = inReaderLanguage(body as unknown as Parameters<typeof inReaderLanguage>[0], 'ru') as unknown as typeof body;
    expect(russian.message).toBe('В запросе есть неверно заполненные поля');
    expect(russian.fields.map((field) => [field.field, field.rule, spaced(field.message)])).toEqual([
      ['text', 'maxLength', 'Не длиннее 10 000 символов'],
      ['holderId', 'matches', 'Должен быть идентификатор обладателя информации, например «kazatomprom»'],
    ]);
    const kazakh = inReaderLanguage(body as unknown as Parameters<typeof inReaderLanguage>[0], 'kk') as unknown as typeof body;
    expect(kazakh.fields[1].message).toBe('Ақпарат иеленушінің идентификаторы болуы керек, мысалы, «kazatomprom»');
    expect(kazakh.fields[1].messages).toEqual(body.fields[1].messages);
  });
});
