import type { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { AnswerRequestDto, ExtendDeadlineDto } from '../requests/answering/answering.dto';
import { SubmitRequestDto } from '../requests/submitting/submit-request.dto';
import { validationPipe } from './validation';

interface Problem {
  field: string;
  rule: string;
  message: string;
  messages: { kk: string; ru: string; en: string };
}

async function refusal(value: object, metatype: ArgumentMetadata['metatype']): Promise<Problem[]> {
  try {
    await validationPipe.transform(value, { type: 'body', metatype });
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { fields: Problem[] }).fields;
  }
  throw new Error('the pipe accepted the body');
}

const spaced = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');
const aRequest = {
  commandId: '5b1f0f5e-6a57-4f36-9a8f-7a4f7c4f0a11',
  holderId: 'kazatomprom',
  subject: 'Subject',
  text: 'Text',
  language: 'ru',
  signature: 'AAAA',
};

describe('the validation pipe says each problem from the decorator’s own arguments', () => {
  it('given a text longer than the request’s limit, then the message names that limit in the three languages', async () => {
    const [problem] = await refusal({ ...aRequest, text: 'x'.repeat(10_001) }, SubmitRequestDto);
    expect(problem).toMatchObject({ field: 'text', rule: 'maxLength', message: 'Must be at most 10,000 characters long' });
    expect(spaced(problem.messages.ru)).toBe('Не длиннее 10 000 символов');
    expect(spaced(problem.messages.kk)).toBe('10 000 таңбадан аспауы керек');
  });

  it('given an empty subject and a malformed holder id, then each is named with its rule, the holder id in the words its DTO chose', async () => {
    const problems = await refusal({ ...aRequest, subject: '', holderId: 'Kazatomprom!' }, SubmitRequestDto);
    expect(problems.map((problem) => [problem.field, problem.rule, problem.messages.ru])).toEqual(
      expect.arrayContaining([
        ['subject', 'isNotEmpty', 'Не может быть пустым'],
        ['holderId', 'matches', 'Должен быть идентификатор обладателя информации, например «kazatomprom»'],
      ]),
    );
  });

  it('given a field the DTO does not have, then it is refused as unknown, in each language', async () => {
    const problems = await refusal({ ...aRequest, author: 'someone' }, SubmitRequestDto);
    expect(problems).toEqual([
      {
        field: 'author',
        rule: 'whitelistValidation',
        message: 'Unknown field: leave it out of the request',
        messages: {
          kk: 'Белгісіз өріс: оны сұраныстан алып тастаңыз',
          ru: 'Неизвестное поле: уберите его из запроса',
          en: 'Unknown field: leave it out of the request',
        },
      },
    ]);
  });

  it('given text with a bidirectional override, then the message says that, not only that the text is unsafe', async () => {
    const [problem] = await refusal({ ...aRequest, subject: 'a\u202Eb' }, SubmitRequestDto);
    expect(problem).toMatchObject({ field: 'subject', rule: 'isSafeText' });
    expect(problem.messages.en).toMatch(/^Must not contain bidirectional override/);
  });

  it('given an answer longer than its 20,000 characters, then the limit is its DTO’s (inherited from the draft’s), not another DTO’s text limit', async () => {
    const problems = await refusal({ commandId: aRequest.commandId, text: 'x'.repeat(20_001) }, AnswerRequestDto);
    expect(problems.map((problem) => [problem.field, problem.rule, problem.message])).toEqual([
      ['text', 'maxLength', 'Must be at most 20,000 characters long'],
    ]);
  });

  it('given an extension of 16 days and no other holder, then R5’s own words say the limit', async () => {
    const problems = await refusal({ commandId: aRequest.commandId, days: 16, otherHolderIds: [], reason: 'Needs another holder' }, ExtendDeadlineDto);
    expect(problems.map((problem) => [problem.field, problem.rule, problem.messages.ru])).toEqual([
      ['days', 'max', 'Срок можно продлить не более чем на 15 календарных дней (R5)'],
      ['otherHolderIds', 'arrayMinSize', 'Укажите хотя бы 1 другого обладателя информации (R5)'],
    ]);
  });
});
