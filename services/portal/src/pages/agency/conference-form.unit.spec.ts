import { loadCatalogues, translatorFor } from '../../i18n/translator';
import { formErrorsFrom } from '../../http/form-errors';
import { almatyInstant, conferenceTemplateOf, onTemplateForm } from './conference-form';
import { surveyFieldId, surveyTemplateOf } from './survey-form';

const t = translatorFor('en', loadCatalogues().en);

describe('the Annex 1 form', () => {
  it('given a start typed in Almaty time, when read, then the gateway gets the instant with Almaty’s offset; anything else as typed', () => {
    expect(almatyInstant('2026-12-14 10:00')).toBe('2026-12-14T10:00:00+05:00');
    expect(almatyInstant('2026-12-14T10:00')).toBe('2026-12-14T10:00:00+05:00');
    expect(almatyInstant(' tomorrow ')).toBe('tomorrow');
  });

  it('given texts in Kazakh and Russian only, when read, then English is left out (C2 then needs none) and a blank patronymic too', () => {
    const template = conferenceTemplateOf({
      'title-kk': 'Салық',
      'title-ru': 'Налог',
      'title-en': ' ',
      'moderator-surname': 'Серікова',
      'moderator-patronymic': '',
    });
    expect(template).toMatchObject({ title: { kk: 'Салық', ru: 'Налог' }, moderator: { surname: 'Серікова' } });
    expect(template.title).not.toHaveProperty('en');
    expect(template.moderator).not.toHaveProperty('patronymic');
  });

  it('given C1’s refusal, when shown, then it stands at the start field with the earliest start in Almaty time and the rule', () => {
    const answer = {
      ok: false,
      status: 422,
      body: {
        error: 'conference_too_soon',
        rule: 'C1',
        field: 'startsAt',
        message:
          'The template must reach the operator at least 3 working days before the start (C1); sent now, the conference may start at 2026-12-08T19:00:00.000Z at the earliest, not 2026-12-04T05:00:00.000Z',
      },
    };
    const errors = formErrorsFrom(onTemplateForm(answer, 'en', t), 'refused');
    expect(errors.byField.startsAt.text).toBe(
      'The operator must receive the template at least 3 working days before the start: sent now, the conference may start on 9 December 2026 at 00:00 (Almaty time) at the earliest (C1)',
    );
  });

  it('given C2’s refusal naming two missing texts in one field, when shown, then each stands at its own field', () => {
    const answer = { ok: false, status: 400, body: { error: 'conference_languages_missing', rule: 'C2', field: 'title.ru,summary.ru', message: 'missing' } };
    const errors = formErrorsFrom(onTemplateForm(answer, 'en', t), 'refused');
    expect(Object.keys(errors.byField)).toEqual(['title-ru', 'summary-ru']);
    expect(errors.summary[0]).toEqual({ text: expect.stringContaining('(C2)'), href: '#title-ru' });
  });
});

describe('the Annex 2 form', () => {
  it('given the platform’s fields for a question and its options, when shown, then each is the form’s own field', () => {
    expect(surveyFieldId('questions[0].options[1].text.ru')).toBe('option2-ru');
    expect(surveyFieldId('questions.0.text.kk')).toBe('question-kk');
    expect(surveyFieldId('questions[0].options')).toBe('option1-kk');
    expect(surveyFieldId('name.ru')).toBe('name-ru');
  });

  it('given two options and two empty slots, when read, then the question has the two options', () => {
    const template = surveyTemplateOf({
      'question-kind': 'single',
      'option1-kk': 'Иә',
      'option1-ru': 'Да',
      'option2-kk': 'Жоқ',
      'option2-ru': 'Нет',
      'option3-kk': ' ',
    });
    expect(template.questions[0].options).toEqual([{ text: { kk: 'Иә', ru: 'Да' } }, { text: { kk: 'Жоқ', ru: 'Нет' } }]);
  });

  it('given C6’s refusal, when shown, then it stands at the closing date with the earliest closing date in words', () => {
    const answer = {
      ok: false,
      status: 422,
      body: {
        error: 'survey_too_short',
        rule: 'C6',
        field: 'closingDate',
        message: 'A survey lasts at least 10 working days; 2026-12-14 to 2026-12-16 has 3: the earliest closing date is 2026-12-25',
      },
    };
    expect(formErrorsFrom(onTemplateForm(answer, 'en', t, surveyFieldId), 'refused').byField.closingDate.text).toBe(
      'A survey lasts at least 10 working days: launched then, it may close on Friday, 25 December 2026 at the earliest (C6)',
    );
  });
});
