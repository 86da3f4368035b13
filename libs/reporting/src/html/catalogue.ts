// The words of the HTML report that are not in the report itself (its definitions, rules and findings are).
import type { FindingKind } from '../annual-report';

export const REPORT_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** BCP 47 tags for numbers and month names (Intl, with the ICU data Node ships). */
export const LOCALES: Readonly<Record<ReportLanguage, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export interface Catalogue {
  readonly title: string;
  readonly inputs: string;
  readonly period: string;
  readonly periodNote: string;
  readonly asOf: string;
  readonly asOfNote: string;
  readonly holdersAsked: string;
  readonly allHolders: string;
  readonly positionReached: string;
  readonly factsReplayed: string;
  readonly calendarVersions: string;
  readonly codeVersion: string;
  readonly previousPeriod: string;
  readonly jsonHash: string;
  readonly none: string;
  readonly contents: string;
  readonly summary: string;
  readonly figure: string;
  readonly value: string;
  readonly definition: string;
  readonly charts: string;
  readonly onTimeChart: string;
  readonly onTimeChartNoData: string;
  readonly breachesChart: string;
  readonly monthlyChart: string;
  readonly dataTable: string;
  readonly month: string;
  readonly rule: string;
  readonly count: string;
  readonly holder: string;
  readonly received: string;
  readonly answered: string;
  readonly onTimeShare: string;
  readonly series: string;
  readonly comparison: string;
  readonly holders: string;
  readonly holderId: string;
  readonly unregistered: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly kinds: Readonly<Record<FindingKind, string>>;
  readonly ranking: string;
  readonly rank: string;
  readonly notRanked: string;
  readonly reason: string;
  readonly nobodyRanked: string;
  readonly definitions: string;
  readonly figureDefinitions: string;
  readonly countingRules: string;
  readonly findingRules: string;
  readonly rankingRule: string;
  readonly kind: string;
  readonly test: string;
  readonly text: string;
  readonly when: string;
  readonly unreadFacts: string;
  readonly unreadFactsNote: string;
  readonly median: string;
  readonly percentile90: string;
  readonly answersCounted: string;
  readonly breachesTotal: string;
  readonly mostBreaches: string;
  readonly changeSincePrevious: string;
  readonly up: string;
  readonly down: string;
  readonly points: string;
  /** After the most frequent dislike reasons: `{count}` others. */
  readonly otherReasons: string;
  readonly acceptedCount: string;
  readonly refusedCount: string;
}

export const catalogues: Readonly<Record<ReportLanguage, Catalogue>> = {
  en: {
    title: 'Annual report on access to information',
    inputs: 'What this report was made from',
    period: 'Period',
    periodNote: 'when the facts happened (occurredAt), in Almaty dates, both inclusive',
    asOf: 'As of',
    asOfNote: 'facts the store recorded later are left out',
    holdersAsked: 'Information holders',
    allHolders: 'all',
    positionReached: 'Store position reached',
    factsReplayed: 'Facts replayed',
    calendarVersions: 'Working-day calendar versions',
    codeVersion: 'Code version',
    previousPeriod: 'Compared with the period',
    jsonHash: 'SHA-256 of report.json',
    none: '—',
    contents: 'Contents',
    summary: 'All holders together',
    figure: 'Figure',
    value: 'Value',
    definition: 'Definition',
    charts: 'Charts',
    onTimeChart: 'On-time share per holder, %',
    onTimeChartNoData: 'No holder has a timed answer in the period.',
    breachesChart: 'Breaches per rule, all holders',
    monthlyChart: 'Requests received and answered per month, all holders',
    dataTable: 'The chart’s data as a table',
    month: 'Month',
    rule: 'Rule',
    count: 'Count',
    holder: 'Holder',
    received: 'Received',
    answered: 'Answered',
    onTimeShare: 'On time, %',
    series: 'Figure',
    comparison: 'Holders compared',
    holders: 'Each holder',
    holderId: 'Identifier',
    unregistered: 'not in the registry',
    findings: 'Findings',
    noFindings: 'No rule of the report holds for this holder.',
    kinds: { problem: 'Problem', shortcoming: 'Shortcoming', strength: 'Strength' },
    ranking: 'Ranking',
    rank: 'Place',
    notRanked: 'Not ranked',
    reason: 'Why',
    nobodyRanked: 'No holder could be ranked.',
    definitions: 'Definitions and rules',
    figureDefinitions: 'What each figure means',
    countingRules: 'Counting rules',
    findingRules: 'Rules for the findings',
    rankingRule: 'Rule for the ranking',
    kind: 'Kind',
    test: 'Holds when',
    text: 'Says',
    when: 'when',
    unreadFacts: 'Facts not read',
    unreadFactsNote: 'Facts of a known type with a schema version this code cannot read; left out, listed so nothing is silently miscounted.',
    median: 'median',
    percentile90: '90th percentile',
    answersCounted: 'answers',
    breachesTotal: 'Breaches (all rules)',
    mostBreaches: 'the rule with the most breaches has at least',
    changeSincePrevious: 'changed since the previous period',
    up: 'up',
    down: 'down',
    points: 'points',
    otherReasons: 'and {count} other reasons (all in report.json)',
    acceptedCount: 'accepted',
    refusedCount: 'refused',
  },
  ru: {
    title: 'Годовой отчёт о доступе к информации',
    inputs: 'Из чего составлен отчёт',
    period: 'Период',
    periodNote: 'когда произошли факты (occurredAt), по датам Алматы, включительно',
    asOf: 'По состоянию на',
    asOfNote: 'факты, записанные хранилищем позже, не учитываются',
    holdersAsked: 'Обладатели информации',
    allHolders: 'все',
    positionReached: 'Достигнутая позиция хранилища',
    factsReplayed: 'Воспроизведено фактов',
    calendarVersions: 'Версии календаря рабочих дней',
    codeVersion: 'Версия кода',
    previousPeriod: 'Сравнение с периодом',
    jsonHash: 'SHA-256 файла report.json',
    none: '—',
    contents: 'Содержание',
    summary: 'Все обладатели вместе',
    figure: 'Показатель',
    value: 'Значение',
    definition: 'Определение',
    charts: 'Диаграммы',
    onTimeChart: 'Доля ответов в срок по обладателям, %',
    onTimeChartNoData: 'Ни у одного обладателя нет ответов с итогом часов в периоде.',
    breachesChart: 'Нарушения по правилам, все обладатели',
    monthlyChart: 'Полученные запросы и ответы по месяцам, все обладатели',
    dataTable: 'Данные диаграммы в виде таблицы',
    month: 'Месяц',
    rule: 'Правило',
    count: 'Число',
    holder: 'Обладатель',
    received: 'Получено',
    answered: 'Дано ответов',
    onTimeShare: 'В срок, %',
    series: 'Показатель',
    comparison: 'Сравнение обладателей',
    holders: 'По каждому обладателю',
    holderId: 'Идентификатор',
    unregistered: 'нет в реестре',
    findings: 'Выводы',
    noFindings: 'Ни одно правило отчёта не выполняется для этого обладателя.',
    kinds: { problem: 'Проблема', shortcoming: 'Недостаток', strength: 'Сильная сторона' },
    ranking: 'Рейтинг',
    rank: 'Место',
    notRanked: 'Не ранжированы',
    reason: 'Почему',
    nobodyRanked: 'Ни один обладатель не мог быть ранжирован.',
    definitions: 'Определения и правила',
    figureDefinitions: 'Что означает каждый показатель',
    countingRules: 'Правила подсчёта',
    findingRules: 'Правила выводов',
    rankingRule: 'Правило рейтинга',
    kind: 'Вид',
    test: 'Выполняется, когда',
    text: 'Текст',
    when: 'если',
    unreadFacts: 'Непрочитанные факты',
    unreadFactsNote:
      'Факты известного типа с версией схемы, которую этот код не читает; не учтены и перечислены, чтобы ничего не было посчитано неверно незаметно.',
    median: 'медиана',
    percentile90: '90-й процентиль',
    answersCounted: 'ответов',
    breachesTotal: 'Нарушения (все правила)',
    mostBreaches: 'у правила с наибольшим числом нарушений их не меньше',
    changeSincePrevious: 'изменение по сравнению с прошлым периодом',
    up: 'рост',
    down: 'снижение',
    points: 'п. п.',
    otherReasons: 'и ещё {count} причин (все — в report.json)',
    acceptedCount: 'принято',
    refusedCount: 'отклонено',
  },
  kk: {
    title: 'Ақпаратқа қол жеткізу туралы жылдық есеп',
    inputs: 'Есеп неден жасалды',
    period: 'Кезең',
    periodNote: 'фактілер болған уақыт (occurredAt), Алматы күндері бойынша, қоса алғанда',
    asOf: 'Күйі бойынша',
    asOfNote: 'қойма кейін тіркеген фактілер есепке алынбайды',
    holdersAsked: 'Ақпарат иеленушілер',
    allHolders: 'барлығы',
    positionReached: 'Қоймадағы жеткен позиция',
    factsReplayed: 'Қайта өңделген фактілер',
    calendarVersions: 'Жұмыс күндері күнтізбесінің нұсқалары',
    codeVersion: 'Код нұсқасы',
    previousPeriod: 'Салыстырылған кезең',
    jsonHash: 'report.json файлының SHA-256',
    none: '—',
    contents: 'Мазмұны',
    summary: 'Барлық ұстаушылар бірге',
    figure: 'Көрсеткіш',
    value: 'Мәні',
    definition: 'Анықтамасы',
    charts: 'Диаграммалар',
    onTimeChart: 'Ұстаушылар бойынша мерзімінде берілген жауаптар үлесі, %',
    onTimeChartNoData: 'Кезеңде бірде-бір ұстаушының уақыты белгіленген жауабы жоқ.',
    breachesChart: 'Ережелер бойынша бұзушылықтар, барлық ұстаушылар',
    monthlyChart: 'Айлар бойынша алынған сұраулар мен жауаптар, барлық ұстаушылар',
    dataTable: 'Диаграмма деректері кесте түрінде',
    month: 'Ай',
    rule: 'Ереже',
    count: 'Саны',
    holder: 'Ұстаушы',
    received: 'Алынды',
    answered: 'Жауап берілді',
    onTimeShare: 'Мерзімінде, %',
    series: 'Көрсеткіш',
    comparison: 'Ұстаушыларды салыстыру',
    holders: 'Әр ұстаушы бойынша',
    holderId: 'Сәйкестендіргіш',
    unregistered: 'тізілімде жоқ',
    findings: 'Қорытындылар',
    noFindings: 'Бұл ұстаушыға есептің бірде-бір ережесі сәйкес келмейді.',
    kinds: { problem: 'Мәселе', shortcoming: 'Кемшілік', strength: 'Күшті жағы' },
    ranking: 'Рейтинг',
    rank: 'Орны',
    notRanked: 'Рейтингке енбегендер',
    reason: 'Себебі',
    nobodyRanked: 'Бірде-бір ұстаушы рейтингке енгізілмеді.',
    definitions: 'Анықтамалар мен ережелер',
    figureDefinitions: 'Әр көрсеткіштің мағынасы',
    countingRules: 'Есептеу ережелері',
    findingRules: 'Қорытынды ережелері',
    rankingRule: 'Рейтинг ережесі',
    kind: 'Түрі',
    test: 'Орындалу шарты',
    text: 'Мәтіні',
    when: 'егер',
    unreadFacts: 'Оқылмаған фактілер',
    unreadFactsNote:
      'Бұл код оқи алмайтын схема нұсқасындағы белгілі түрдегі фактілер; есепке алынбады, ештеңе байқаусыз қате есептелмеуі үшін тізімде көрсетілді.',
    median: 'медиана',
    percentile90: '90-процентиль',
    answersCounted: 'жауап',
    breachesTotal: 'Бұзушылықтар (барлық ережелер)',
    mostBreaches: 'ең көп бұзушылығы бар ережеде кемінде',
    changeSincePrevious: 'алдыңғы кезеңнен өзгеріс',
    up: 'өсу',
    down: 'төмендеу',
    points: 'тармақ',
    otherReasons: 'және тағы {count} себеп (барлығы report.json файлында)',
    acceptedCount: 'қабылданды',
    refusedCount: 'қабылданбады',
  },
};

/** Short names of the figures, by the path used in `definitions.figures` (and `breaches.total`). */
export const figureLabels: Readonly<Record<string, Readonly<Record<ReportLanguage, string>>>> = {
  'requests.received': { en: 'Requests received', ru: 'Получено запросов', kk: 'Алынған сұраулар' },
  'requests.receivedByMonth': { en: 'Received by month', ru: 'Получено по месяцам', kk: 'Айлар бойынша алынған' },
  'requests.redirectedIn': { en: 'Redirected in', ru: 'Перенаправлено к обладателю', kk: 'Қайта жолданып келген' },
  'requests.redirectedOut': { en: 'Redirected out', ru: 'Перенаправлено обладателем', kk: 'Қайта жолданған' },
  'requests.accepted': { en: 'Accepted', ru: 'Принято', kk: 'Қабылданған' },
  'requests.returned': { en: 'Returned (R3)', ru: 'Возвращено (R3)', kk: 'Қайтарылған (R3)' },
  'requests.refused': { en: 'Refused (R6)', ru: 'Отказано (R6)', kk: 'Бас тартылған (R6)' },
  'requests.answered': { en: 'Answered', ru: 'Дано ответов', kk: 'Жауап берілген' },
  'requests.answeredByMonth': { en: 'Answered by month', ru: 'Ответы по месяцам', kk: 'Айлар бойынша жауаптар' },
  'requests.answeredOnTime': { en: 'Answered on time', ru: 'Ответы в срок', kk: 'Мерзімінде жауап' },
  'requests.answeredLate': { en: 'Answered late', ru: 'Ответы с опозданием', kk: 'Кешіктірілген жауап' },
  'requests.answeredNotTimed': { en: 'Answers not timed', ru: 'Ответы без итога часов', kk: 'Уақыты белгіленбеген жауаптар' },
  'requests.onTimeSharePercent': { en: 'On-time share, %', ru: 'Доля в срок, %', kk: 'Мерзімінде үлесі, %' },
  'requests.openAtEnd': { en: 'Open at the end', ru: 'Открыто на конец', kk: 'Соңында ашық' },
  'requests.overdueAtEnd': { en: 'Overdue at the end', ru: 'Просрочено на конец', kk: 'Соңында мерзімі өткен' },
  'requests.extensions': { en: 'Extensions (R5)', ru: 'Продления (R5)', kk: 'Ұзартулар (R5)' },
  'requests.daysToAnswer': { en: 'Days to answer', ru: 'Дней до ответа', kk: 'Жауапқа дейінгі күндер' },
  'ratings.likes': { en: 'Likes', ru: 'Нравится', kk: 'Ұнайды' },
  'ratings.dislikes': { en: 'Dislikes', ru: 'Не нравится', kk: 'Ұнамайды' },
  'ratings.dislikeSharePercent': { en: 'Dislike share, %', ru: 'Доля «Не нравится», %', kk: '«Ұнамайды» үлесі, %' },
  'ratings.dislikeReasons': { en: 'Dislike reasons', ru: 'Причины «Не нравится»', kk: '«Ұнамайды» себептері' },
  'breaches.byRule': { en: 'Breaches by rule', ru: 'Нарушения по правилам', kk: 'Ережелер бойынша бұзушылықтар' },
  'breaches.unmet': { en: 'Breaches unmet', ru: 'Нарушения без действия', kk: 'Орындалмаған бұзушылықтар' },
  'breaches.metLate': { en: 'Breaches met late', ru: 'Нарушения, исполненные с опозданием', kk: 'Кешігіп орындалған бұзушылықтар' },
  'conferences.held': { en: 'Conferences held', ru: 'Проведено конференций', kk: 'Өткізілген конференциялар' },
  'conferences.questionsAsked': { en: 'Questions asked', ru: 'Задано вопросов', kk: 'Қойылған сұрақтар' },
  'conferences.questionsAnswered': { en: 'Questions answered', ru: 'Отвечено вопросов', kk: 'Жауап берілген сұрақтар' },
  'conferences.questionsUnansweredByEnd': { en: 'Questions unanswered (C4)', ru: 'Вопросы без ответа (C4)', kk: 'Жауапсыз сұрақтар (C4)' },
  'conferences.topicApplications': { en: 'Topic applications (C5)', ru: 'Заявки на тему (C5)', kk: 'Тақырып өтінімдері (C5)' },
  'surveys.held': { en: 'Surveys held', ru: 'Проведено опросов', kk: 'Өткізілген сауалнамалар' },
  'surveys.ballotsCast': { en: 'Ballots cast', ru: 'Подано бюллетеней', kk: 'Берілген бюллетеньдер' },
};

/** Names of the figures a finding rule may test (`SCALAR_FIGURES`). */
export const scalarFigureLabels: Readonly<Record<string, Readonly<Record<ReportLanguage, string>>>> = {
  received: figureLabels['requests.received'],
  timedAnswers: { en: 'Timed answers', ru: 'Ответы с итогом часов', kk: 'Уақыты белгіленген жауаптар' },
  onTimeSharePercent: figureLabels['requests.onTimeSharePercent'],
  overdueAtEnd: figureLabels['requests.overdueAtEnd'],
  medianDaysToAnswer: { en: 'Median days to answer', ru: 'Медиана дней до ответа', kk: 'Жауапқа дейінгі күндер медианасы' },
  ratings: { en: 'Ratings', ru: 'Оценки', kk: 'Бағалар' },
  dislikes: figureLabels['ratings.dislikes'],
  dislikeSharePercent: figureLabels['ratings.dislikeSharePercent'],
  breachesTotal: { en: 'Breaches', ru: 'Нарушения', kk: 'Бұзушылықтар' },
  questionsUnansweredByEnd: figureLabels['conferences.questionsUnansweredByEnd'],
};
