// What each figure means, beside it in the report (DESIGN §2b: figures without stated definitions are
// disputed and then ignored). Data, not prose in code: a reader corrects a word here, nowhere else.
import type { Texts } from './annual-report';

/** By the figure's path in `Figures` (e.g. `requests.answeredOnTime`). */
export type FigureDefinitions = Readonly<Record<string, Texts>>;

export interface CountingRule {
  readonly id: string;
  readonly text: Texts;
}

export const figureDefinitions: FigureDefinitions = {
  'requests.received': {
    kk: 'Кезеңде жіберілген сұраулар; әр сұрау бір рет, кезең соңында оны соңғы қабылдаған ұстаушыға есептеледі.',
    ru: 'Запросы, поданные в периоде; каждый учитывается один раз — за обладателем, получившим его последним к концу периода.',
    en: 'Requests submitted in the period, each counted once, for the holder that had received it last by the end of the period.',
  },
  'requests.receivedByMonth': {
    kk: '«Алынған» сұраулар, жіберілген айы бойынша (Алматы уақыты).',
    ru: '«Полученные» запросы по месяцу подачи (время Алматы).',
    en: '"Received" requests by the month they were submitted in (Almaty time).',
  },
  'requests.redirectedIn': {
    kk: 'Кезеңде басқа ұстаушыдан қайта жолданып келген сұраулар (R2).',
    ru: 'Запросы, перенаправленные этому обладателю другим обладателем в периоде (R2).',
    en: 'Requests redirected to this holder by another holder in the period (R2).',
  },
  'requests.redirectedOut': {
    kk: 'Кезеңде құзырлы ұстаушыға қайта жолданған сұраулар (R2).',
    ru: 'Запросы, перенаправленные этим обладателем компетентному обладателю в периоде (R2).',
    en: 'Requests this holder redirected to the competent holder in the period (R2).',
  },
  'requests.accepted': {
    kk: 'Кезеңде жауап беруге қабылданған сұраулар (R2).',
    ru: 'Запросы, принятые к ответу в периоде (R2).',
    en: 'Requests accepted for an answer in the period (R2).',
  },
  'requests.returned': {
    kk: 'Кезеңде 11-бапқа сәйкес келмегені үшін қайтарылған сұраулар (R3), себеп коды бойынша.',
    ru: 'Запросы, возвращённые в периоде как не соответствующие статье 11 (R3), по коду причины.',
    en: 'Requests returned in the period for not meeting Article 11 (R3), by reason code.',
  },
  'requests.refused': {
    kk: 'Кезеңде 11-баптың негізінде дәлелді бас тарту берілген сұраулар (R6), негіз коды бойынша.',
    ru: 'Запросы, по которым в периоде дан мотивированный отказ по основаниям статьи 11 (R6), по коду основания.',
    en: 'Requests refused with reasons on the grounds of Article 11 in the period (R6), by ground code.',
  },
  'requests.answered': {
    kk: 'Кезеңде берілген жауаптар (R4).',
    ru: 'Ответы, данные в периоде (R4).',
    en: 'Answers given in the period (R4).',
  },
  'requests.answeredByMonth': {
    kk: 'Жауаптар, берілген айы бойынша (Алматы уақыты).',
    ru: 'Ответы по месяцу ответа (время Алматы).',
    en: 'Answers by the month they were given in (Almaty time).',
  },
  'requests.answeredOnTime': {
    kk: 'Мерзімінде берілген жауаптар: R4 сағаты жауаппен «мерзімінде орындалды» деп тоқтатылды, яғни жауап ұзартуды (R5) қоса алғандағы мерзім сәтінен бұрын берілді.',
    ru: 'Ответы в срок: часы R4 остановлены ответом как «исполнено в срок», то есть ответ дан до момента срока с учётом продления (R5).',
    en: 'Answers on time: the R4 clock was stopped by the answer as met on time, i.e. the answer came before the due instant, including an extension (R5).',
  },
  'requests.answeredLate': {
    kk: 'Кешіктірілген жауаптар: R4 сағаты жауаппен «кешігіп орындалды» деп тоқтатылды.',
    ru: 'Ответы с опозданием: часы R4 остановлены ответом как «исполнено с опозданием».',
    en: 'Late answers: the R4 clock was stopped by the answer as met late.',
  },
  'requests.answeredNotTimed': {
    kk: 'R4 сағаты нәтижесін (әзірге) жазбаған жауаптар: жауаптар − мерзімінде − кешіктірілген.',
    ru: 'Ответы, по которым часы R4 (пока) не записали итог: ответы − в срок − с опозданием.',
    en: 'Answers whose R4 clock recorded no outcome (yet): answered − on time − late.',
  },
  'requests.onTimeSharePercent': {
    kk: 'Мерзімінде / (мерзімінде + кешіктірілген), пайызбен, бір ондық белгімен; уақыты белгіленген жауап болмаса — жоқ.',
    ru: 'В срок / (в срок + с опозданием), в процентах с одним знаком после запятой; нет, если нет ответов с итогом часов.',
    en: 'On time / (on time + late), in per cent with one decimal; none when no answer was timed.',
  },
  'requests.openAtEnd': {
    kk: 'Кезең соңында ашық сұраулар: соңына дейін жіберілген, бірақ жауап берілмеген, қайтарылмаған, бас тартылмаған; оны соңғы қабылдаған ұстаушыға есептеледі.',
    ru: 'Запросы, открытые на конец периода: поданы до его конца, но не получили ответа, не возвращены и не отказаны; за обладателем, получившим запрос последним.',
    en: 'Requests open at the end of the period: submitted by its end and neither answered, returned nor refused by then; for the holder that received it last.',
  },
  'requests.overdueAtEnd': {
    kk: 'Кезең соңында мерзімі өткен ашық сұраулар: кезең соңына дейін ұстаушының сағаты бұзушылықты тіркеген (орындалмай), ал сағат тоқтамаған.',
    ru: 'Открытые на конец периода запросы с просрочкой: до конца периода часы обладателя записали нарушение (не исполнено), и эти часы не остановлены.',
    en: 'Open requests overdue at the end of the period: by its end a clock of the current holder recorded a breach (unmet) and was not stopped.',
  },
  'requests.extensions': {
    kk: 'Кезеңде бірінші басшы ұзартқан мерзімдер (R5).',
    ru: 'Продления срока первым руководителем в периоде (R5).',
    en: 'Extensions of the term by the first head in the period (R5).',
  },
  'requests.daysToAnswer': {
    kk: 'Жауап берген ұстаушы сұрауды алған күннен жауап берген күнге дейінгі күнтізбелік күндер (Алматы күндері, сол күні = 0), кезеңдегі жауаптар бойынша; медиана мен 90-процентиль — ең жақын ранг әдісімен (n мәннің p-процентилі — өсу ретімен ⌈p·n/100⌉-ші мән).',
    ru: 'Календарные дни от получения запроса ответившим обладателем до ответа (даты Алматы, в тот же день = 0), по ответам периода; медиана и 90-й процентиль — методом ближайшего ранга (p-й процентиль из n значений — ⌈p·n/100⌉-е по возрастанию).',
    en: 'Calendar days from the receipt by the holder that answered to the answer (Almaty dates, same day = 0), over the answers of the period; median and 90th percentile by nearest rank (the p-th percentile of n values is the ⌈p·n/100⌉-th smallest).',
  },
  'ratings.likes': {
    kk: 'Кезеңде қойылған «Ұнайды» бағалары (R7).',
    ru: 'Оценки «Нравится», поставленные в периоде (R7).',
    en: 'Likes given in the period (R7).',
  },
  'ratings.dislikes': {
    kk: 'Кезеңде қойылған «Ұнамайды» бағалары (R7).',
    ru: 'Оценки «Не нравится», поставленные в периоде (R7).',
    en: 'Dislikes given in the period (R7).',
  },
  'ratings.dislikeSharePercent': {
    kk: 'Ұнамайды / (ұнайды + ұнамайды), пайызбен, бір ондық белгімен.',
    ru: 'Не нравится / (нравится + не нравится), в процентах с одним знаком после запятой.',
    en: 'Dislikes / (likes + dislikes), in per cent with one decimal.',
  },
  'ratings.dislikeReasons': {
    kk: '«Ұнамайды» себептері жазылғандай (жеке деректер жасырылған), әрқайсысының саны.',
    ru: 'Причины «Не нравится», как написаны (персональные данные скрыты), и их число.',
    en: 'Dislike reasons as written (personal data masked), with how many dislikes gave each.',
  },
  'breaches.byRule': {
    kk: 'Кезеңде тіркелген бұзушылық фактілері (ClockBreached; мерзім сәті кезеңде), ереже бойынша; нақты уақыттағы сағаттар сияқты есептеледі. C1, C2, C6 үлгі жіберілгенде тексеріледі, сондықтан әрқашан 0.',
    ru: 'Факты нарушения (ClockBreached), чей момент срока попал в период, по правилу; те же, что у часов в реальном времени. C1, C2, C6 проверяются при отправке шаблона, поэтому всегда 0.',
    en: 'Breach facts (ClockBreached) whose due instant fell in the period, by rule: the same facts the live clocks record. C1, C2 and C6 are enforced when a template is sent, so they are always 0.',
  },
  'breaches.unmet': {
    kk: 'Мерзім сәті ештеңе жасалмай өткен бұзушылықтар.',
    ru: 'Нарушения, когда момент срока прошёл без действия.',
    en: 'Breaches where the due instant passed with nothing done.',
  },
  'breaches.metLate': {
    kk: 'Әрекет мерзім сәтінен кейін жасалған бұзушылықтар.',
    ru: 'Нарушения, когда действие совершено после момента срока.',
    en: 'Breaches where the act came after the due instant.',
  },
  'conferences.held': {
    kk: 'Кезеңде жабылған интернет-конференциялар.',
    ru: 'Интернет-конференции, закрытые в периоде.',
    en: 'Internet conferences closed in the period.',
  },
  'conferences.questionsAsked': { kk: 'Кезеңде қойылған сұрақтар.', ru: 'Вопросы, заданные в периоде.', en: 'Questions asked in the period.' },
  'conferences.questionsAnswered': {
    kk: 'Кезеңде берілген жауаптар.',
    ru: 'Ответы на вопросы, данные в периоде.',
    en: 'Answers to questions given in the period.',
  },
  'conferences.questionsUnansweredByEnd': {
    kk: 'Конференция аяқталғанға дейін жауап берілмеген сұрақтар (C4 бұзушылық фактілері, кезеңде).',
    ru: 'Вопросы, не получившие ответа до окончания конференции (факты нарушения C4 в периоде).',
    en: 'Questions not answered before their conference ended (C4 breach facts in the period).',
  },
  'conferences.topicApplications': {
    kk: 'Кезеңде берілген конференция тақырыбына өтінімдер (C5), қабылданғандары мен бас тартылғандары.',
    ru: 'Заявки на тему конференции, поданные в периоде (C5), а также принятые и отклонённые в периоде.',
    en: 'Conference topic applications submitted in the period (C5), and those accepted and refused in it.',
  },
  'surveys.held': { kk: 'Кезеңде жабылған сауалнамалар.', ru: 'Опросы, закрытые в периоде.', en: 'Surveys closed in the period.' },
  'surveys.ballotsCast': {
    kk: 'Кезеңде берілген бюллетеньдер (бір пайдаланушы — бір сауалнамада бір бюллетень); сауалнама бойынша қатысу.',
    ru: 'Бюллетени, поданные в периоде (один пользователь — один бюллетень в опросе); явка по каждому опросу.',
    en: 'Ballots cast in the period (one per user and survey); turnout per survey.',
  },
};

export const countingRules: readonly CountingRule[] = [
  {
    id: 'period-by-occurrence',
    text: {
      kk: 'Факт кезеңге оның болған уақыты (metadata.occurredAt) Алматы уақыты бойынша кезең күндеріне түссе ғана кіреді. Кезеңнен кейін болған факт бұл есепті өзгертпейді: ол өз кезеңінде есептеледі.',
      ru: 'Факт входит в период, если момент, когда он произошёл (metadata.occurredAt), приходится на даты периода по времени Алматы. Факт, произошедший после периода, этот отчёт не меняет: он учитывается в своём периоде.',
      en: 'A fact is in the period when the instant it happened (metadata.occurredAt) falls on one of its dates in Almaty time. A fact that happened after the period changes nothing in this report: it counts in its own period.',
    },
  },
  {
    id: 'as-of-by-recording',
    text: {
      kk: '«Күйі бойынша» сәті: қойма одан кейін тіркеген фактілер (recordedAt > asOf) есепке алынбайды, олар кезеңде болған болса да.',
      ru: 'Момент «по состоянию на»: факты, записанные хранилищем после него (recordedAt > asOf), не учитываются, даже если произошли в периоде.',
      en: 'As of: facts the store recorded after it (recordedAt > asOf) are left out, even when they happened in the period.',
    },
  },
  {
    id: 'redirect-counts-for-last-holder',
    text: {
      kk: 'Қайта жолданған сұрау оны соңғы қабылдаған ұстаушыға есептеледі; бастапқы ұстаушы оны «қайта жолданған» деп есептейді.',
      ru: 'Перенаправленный запрос учитывается за обладателем, получившим его последним; первый обладатель учитывает его как «перенаправленный».',
      en: 'A redirected request counts for the holder that received it last; the holder that sent it on counts it as redirected out.',
    },
  },
  {
    id: 'on-time-from-clock-facts',
    text: {
      kk: 'Жауап ұзартуды қоса алғандағы мерзім сәтінен бұрын берілсе, мерзімінде. Есеп мерзімдерді қайта есептемейді: сағаттардың фактілерін (тоқтату, бұзушылық, қайта есептеу) оқиды, сондықтан нақты уақыттағы сағаттармен сәйкес келеді.',
      ru: 'Ответ в срок, если дан до момента срока с учётом продления. Отчёт не пересчитывает сроки: он читает факты часов (остановки, нарушения, пересчёты), поэтому совпадает с часами в реальном времени.',
      en: 'An answer is on time when given before its due instant, including an extension. The report does not count deadlines again: it reads the clocks’ facts (stops, breaches, recomputations), so it agrees with the live clocks.',
    },
  },
  {
    id: 'holder-of-a-fact',
    text: {
      kk: 'Әр факт өзі атаған ұстаушыға есептеледі (сағат фактілері — сағат кімнің міндетіне қатысты болса, соған).',
      ru: 'Каждый факт учитывается за обладателем, которого он называет (факты часов — за тем, кто обязан действовать).',
      en: 'Each fact counts for the holder it names (a clock fact: the holder that owes the act).',
    },
  },
];
