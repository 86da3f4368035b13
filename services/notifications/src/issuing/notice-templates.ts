import type { NoticeKind, UiLanguage } from '@od/contracts';

/**
 * The texts of in-app notices, per kind and language: data, not code. Editors change wording here only.
 * Placeholders: {subject} (the request's subject), {holderName} (the holder that acted, in the notice's
 * language), {toHolderName} (where a request was sent on), {reason}, {days}.
 *
 * A `.ts` file rather than JSON because the build compiles TypeScript only (see `@od/platform` events-stream).
 */
export interface NoticeTemplate {
  readonly title: string;
  readonly body: string;
}

/** The notices a user gets about their own request or topic application (staff notices: clock-notice-templates.ts). */
export type CitizenNoticeKind = Exclude<NoticeKind, 'clock_warning' | 'clock_breached'>;

export const NOTICE_TEMPLATES: Readonly<Record<CitizenNoticeKind, Readonly<Record<UiLanguage, NoticeTemplate>>>> = {
  request_accepted: {
    kk: { title: 'Сұрауыңыз қабылданды', body: '«{subject}» сұрауыңызды {holderName} жауап беруге қабылдады. Жауап 15 күнтізбелік күн ішінде беріледі.' },
    ru: { title: 'Ваш запрос принят', body: '{holderName} принял(о) к рассмотрению ваш запрос «{subject}». Ответ будет дан в течение 15 календарных дней.' },
    en: {
      title: 'Your request was accepted',
      body: '{holderName} accepted your request "{subject}" for an answer. It will be answered within 15 calendar days.',
    },
  },
  request_redirected: {
    kk: { title: 'Сұрауыңыз басқа ұйымға жолданды', body: '{holderName} «{subject}» сұрауыңызды құзыреті бойынша {toHolderName} жолдады. Себебі: {reason}' },
    ru: { title: 'Ваш запрос перенаправлен', body: '{holderName} перенаправил(о) ваш запрос «{subject}» по компетенции: {toHolderName}. Причина: {reason}' },
    en: {
      title: 'Your request was redirected',
      body: '{holderName} sent your request "{subject}" on to {toHolderName}, whose competence it is. Reason: {reason}',
    },
  },
  request_returned: {
    kk: { title: 'Сұрауыңыз қайтарылды', body: '{holderName} «{subject}» сұрауыңызды қайтарды. Себебі: {reason}' },
    ru: { title: 'Ваш запрос возвращён', body: '{holderName} вернул(о) ваш запрос «{subject}». Причина: {reason}' },
    en: { title: 'Your request was returned', body: '{holderName} returned your request "{subject}". Reason: {reason}' },
  },
  request_answered: {
    kk: { title: 'Сұрауыңызға жауап берілді', body: '{holderName} «{subject}» сұрауыңызға жауап берді. Жауапты оқып, бағалай аласыз.' },
    ru: { title: 'На ваш запрос дан ответ', body: '{holderName} ответил(о) на ваш запрос «{subject}». Вы можете прочитать и оценить ответ.' },
    en: { title: 'Your request was answered', body: '{holderName} answered your request "{subject}". You can read and rate the answer.' },
  },
  deadline_extended: {
    kk: { title: 'Жауап беру мерзімі ұзартылды', body: '{holderName} «{subject}» сұрауыңызға жауап беру мерзімін {days} күнге ұзартты. Себебі: {reason}' },
    ru: { title: 'Срок ответа продлён', body: '{holderName} продлил(о) срок ответа на ваш запрос «{subject}» на {days} дн. Причина: {reason}' },
    en: { title: 'The answer term was extended', body: '{holderName} extended the term to answer your request "{subject}" by {days} days. Reason: {reason}' },
  },
  request_refused: {
    kk: { title: 'Ақпарат беруден бас тартылды', body: '{holderName} «{subject}» сұрауыңыз бойынша ақпарат беруден бас тартты. Себебі: {reason}' },
    ru: {
      title: 'В предоставлении информации отказано',
      body: '{holderName} отказал(о) в предоставлении информации по вашему запросу «{subject}». Причина: {reason}',
    },
    en: { title: 'Your request was refused', body: '{holderName} refused to give the information asked for in "{subject}". Reason: {reason}' },
  },
  // C5: the decision on a topic application. Placeholders: {holderName}, {topic}, {reason}.
  topic_application_accepted: {
    kk: {
      title: 'Конференция тақырыбы туралы өтініміңіз қабылданды',
      body: '{holderName} «{topic}» тақырыбы бойынша интернет-конференция өткізу туралы өтініміңізді қабылдады.',
    },
    ru: { title: 'Ваша заявка на тему конференции принята', body: '{holderName} принял(о) вашу заявку на интернет-конференцию по теме «{topic}».' },
    en: { title: 'Your conference topic was accepted', body: '{holderName} accepted your application for an Internet conference on "{topic}".' },
  },
  topic_application_refused: {
    kk: {
      title: 'Конференция тақырыбы туралы өтініміңіз қабылданбады',
      body: '{holderName} «{topic}» тақырыбы бойынша өтініміңізді қабылдамады. Себебі: {reason}',
    },
    ru: { title: 'В заявке на тему конференции отказано', body: '{holderName} отказал(о) в вашей заявке на конференцию по теме «{topic}». Причина: {reason}' },
    en: { title: 'Your conference topic was refused', body: '{holderName} refused your application for a conference on "{topic}". Reason: {reason}' },
  },
};
