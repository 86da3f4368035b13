import type { PostedForm } from './decisions';

export const SURVEY_OPTION_SLOTS = [1, 2, 3, 4] as const;

const one = (form: PostedForm, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : (value?.[0] ?? '');
};

const texts = (form: PostedForm, name: string): Record<string, string> =>
  Object.fromEntries((['kk', 'ru', 'en'] as const).map((language) => [language, one(form, `${name}-${language}`).trim()]).filter(([, text]) => text !== ''));

/**
 * Annex 2 from the form, one question with up to four options (the body of POST /api/surveys without commandId):
 * options left wholly empty are left out, values otherwise as typed so the gateway names what is wrong.
 */
export function surveyTemplateOf(form: PostedForm) {
  return {
    category: one(form, 'category').trim(),
    name: texts(form, 'name'),
    launchDate: one(form, 'launchDate').trim(),
    closingDate: one(form, 'closingDate').trim(),
    resultsVisibility: one(form, 'resultsVisibility'),
    questions: [
      {
        kind: one(form, 'question-kind'),
        text: texts(form, 'question'),
        options: SURVEY_OPTION_SLOTS.map((slot) => ({ text: texts(form, `option${slot}`) })).filter((option) => Object.keys(option.text).length > 0),
      },
    ],
  };
}

/** An API field (`questions[0].options[1].text.ru`, or `questions.0.options.1.text.ru` from validation) as the form's id. */
export function surveyFieldId(apiField: string): string {
  const path = apiField.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (path[0] !== 'questions') return path.join('-');
  if (path[2] === 'kind') return 'question-kind';
  if (path[2] === 'text') return `question-${path[3] ?? 'kk'}`;
  if (path[2] === 'options') return `option${Number(path[3] ?? 0) + 1}-${path[5] ?? 'kk'}`;
  return 'question-kk';
}
