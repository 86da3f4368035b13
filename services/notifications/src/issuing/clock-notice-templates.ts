import type { ClockRule, ClockSubjectKind, UiLanguage } from '@od/contracts';

/**
 * The texts of staff notices when a clock of their holder warns or breaches: data, not code. Placeholders:
 * {rule}, {what} (what is due, by rule), {subjectLabel} (which request, conference, topic application or
 * survey), {holderName}, {lastDayText} (the last day in words, `lastDayText` of libs/domain/src/clocks).
 */
export const CLOCK_NOTICE_TEMPLATES: Readonly<
  Record<'clock_warning' | 'clock_breached', Readonly<Record<UiLanguage, { readonly title: string; readonly body: string }>>>
> = {
  clock_warning: {
    kk: { title: 'Мерзім аяқталуда ({rule})', body: '{what}: {subjectLabel}, {holderName}. Мерзімі: {lastDayText}.' },
    ru: { title: 'Срок истекает ({rule})', body: '{what}: {subjectLabel}, {holderName}. Срок: {lastDayText}.' },
    en: { title: 'A term ends soon ({rule})', body: '{what}: {subjectLabel}, {holderName}. Due {lastDayText}.' },
  },
  clock_breached: {
    kk: { title: 'Мерзім бұзылды ({rule})', body: 'Мерзім орындалмай өтті. {what}: {subjectLabel}, {holderName}. Мерзімі: {lastDayText} болатын.' },
    ru: { title: 'Срок нарушен ({rule})', body: 'Срок истёк без исполнения. {what}: {subjectLabel}, {holderName}. Срок был: {lastDayText}.' },
    en: { title: 'A term was breached ({rule})', body: 'The term passed unmet. {what}: {subjectLabel}, {holderName}. It was due {lastDayText}.' },
  },
};

/** What each rule's clock is owed (DESIGN §2); C3 differs for a conference and a survey. */
export const WHAT_IS_DUE: Readonly<Partial<Record<ClockRule, Readonly<Record<UiLanguage, string>>>>> = {
  R2: { kk: 'Сұрауды құзыреті бойынша жолдау', ru: 'Перенаправить запрос по компетенции', en: 'Redirect the request to the competent holder' },
  R3: { kk: '11-бапқа сай келмейтін сұрауды қайтару', ru: 'Вернуть запрос, не отвечающий статье 11', en: 'Return the request that does not meet Article 11' },
  R4: { kk: 'Сұрауға жауап беру', ru: 'Ответить на запрос', en: 'Answer the request' },
  R5: {
    kk: 'Пайдаланушыға мерзімнің ұзартылғаны туралы хабарлау',
    ru: 'Сообщить пользователю о продлении срока',
    en: 'Tell the user of the extension',
  },
  R6: { kk: 'Дәлелді бас тарту беру', ru: 'Дать мотивированный отказ', en: 'Give the reasoned refusal' },
  C4: { kk: 'Конференция сұрақтарына жауап беру', ru: 'Ответить на вопросы конференции', en: 'Answer the conference’s questions' },
  C5: {
    kk: 'Конференция тақырыбы туралы өтінім бойынша шешім қабылдау',
    ru: 'Принять решение по заявке на тему конференции',
    en: 'Decide on the topic application',
  },
};

export const ANNOUNCE: Readonly<Record<'conference' | 'survey', Readonly<Record<UiLanguage, string>>>> = {
  conference: { kk: 'Конференцияны сайтта жариялау', ru: 'Объявить о конференции на сайте', en: 'Announce the conference on the holder’s site' },
  survey: { kk: 'Сауалнаманы сайтта жариялау', ru: 'Объявить об опросе на сайте', en: 'Announce the survey on the holder’s site' },
};

/** Which subject the clock is about; {subject} is a request's subject, or the id of the others. */
export const SUBJECT_LABELS: Readonly<Record<ClockSubjectKind, Readonly<Record<UiLanguage, string>>>> = {
  request: { kk: '«{subject}» сұрауы', ru: 'запрос «{subject}»', en: 'request “{subject}”' },
  conference: { kk: '{subject} конференциясы', ru: 'конференция {subject}', en: 'conference {subject}' },
  'topic-application': { kk: '{subject} тақырып өтінімі', ru: 'заявка на тему {subject}', en: 'topic application {subject}' },
  survey: { kk: '{subject} сауалнамасы', ru: 'опрос {subject}', en: 'survey {subject}' },
};
