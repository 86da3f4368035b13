import type { RequestLanguage } from '@od/contracts';
import { anIin, aPhone } from './people';
import type { SeededRandom } from './seeded-random';

/** The free texts of a generated history, in kk/ru/en. Some requests carry the author's own phone or IIN, as real ones do. */
type Texts = Readonly<Record<RequestLanguage, string>>;

const SUBJECTS: readonly Texts[] = [
  { kk: 'Уран өндіру көлемі туралы', ru: 'Об объёмах добычи урана', en: 'On uranium production volumes' },
  { kk: 'Сатып алу жоспары туралы', ru: 'О плане закупок', en: 'On the procurement plan' },
  { kk: 'Экологиялық мониторинг нәтижелері', ru: 'Результаты экологического мониторинга', en: 'Results of environmental monitoring' },
  { kk: 'Жұмыс орындары туралы', ru: 'О рабочих местах в регионе', en: 'On jobs in the region' },
  { kk: 'Дивидендтік саясат', ru: 'Дивидендная политика', en: 'Dividend policy' },
  { kk: 'Тарифтердің өсуі', ru: 'Рост тарифов', en: 'Tariff increases' },
];

const BODIES: readonly Texts[] = [
  {
    kk: 'Өткен жылғы көрсеткіштерді аудандар бойынша беруіңізді сұраймын.',
    ru: 'Прошу предоставить показатели за прошлый год в разбивке по районам.',
    en: "Please provide last year's figures broken down by district.",
  },
  {
    kk: 'Бұл мәселе бойынша қандай шешім қабылданғанын түсіндіріңізші.',
    ru: 'Поясните, пожалуйста, какое решение принято по этому вопросу.',
    en: 'Please explain what decision was taken on this matter.',
  },
  {
    kk: 'Келісімшарттардың тізімі мен сомаларын жариялауыңызды сұраймын.',
    ru: 'Прошу опубликовать перечень договоров и их суммы.',
    en: 'Please publish the list of contracts and their amounts.',
  },
];

export function requestText(random: SeededRandom, language: RequestLanguage): { subject: string; text: string } {
  const subject = random.pick(SUBJECTS)[language];
  let text = random.pick(BODIES)[language];
  // People write their own numbers into the text; the export scrubs them (and the public blog does).
  if (random.chance(0.04)) text += ` ${{ kk: 'Байланыс телефоным', ru: 'Мой телефон для связи', en: 'My phone' }[language]}: ${aPhone(random)}.`;
  if (random.chance(0.02)) text += ` ${{ kk: 'ЖСН', ru: 'ИИН', en: 'IIN' }[language]} ${anIin(random)}.`;
  return { subject, text };
}

export const REDIRECT_REASONS: readonly Texts[] = [
  {
    kk: 'Сұралған ақпарат басқа компанияның құзыретінде.',
    ru: 'Запрашиваемая информация относится к компетенции другой компании.',
    en: "The information asked for is the other company's competence.",
  },
];

export const EXTENSION_REASONS: readonly Texts[] = [
  {
    kk: 'Жауап беру үшін мемлекеттік органның деректері қажет.',
    ru: 'Для ответа необходимы сведения государственного органа.',
    en: "The answer needs the state body's information.",
  },
];

export const REFUSAL_TEXTS: Texts = {
  kk: 'Сұралған ақпарат заңмен қорғалатын құпияға жатады, сондықтан берілмейді.',
  ru: 'Запрашиваемая информация относится к охраняемой законом тайне и не предоставляется.',
  en: 'The information asked for is a secret protected by law and is not provided.',
};

export const ANSWER_TEXTS: readonly Texts[] = [
  {
    kk: 'Сұралған деректер қосымшада берілген. Қосымша сұрақтар болса, хабарласыңыз.',
    ru: 'Запрошенные данные приведены в приложении. По дополнительным вопросам обращайтесь.',
    en: 'The figures asked for are in the annex. Please write again with further questions.',
  },
  {
    kk: 'Ақпарат компанияның ресми сайтында жарияланған.',
    ru: 'Информация опубликована на официальном сайте компании.',
    en: "The information is published on the company's website.",
  },
];

export const DISLIKE_REASONS: readonly Texts[] = [
  { kk: 'Жауап сұраққа сәйкес емес.', ru: 'Ответ не соответствует вопросу.', en: 'The answer does not match the question.' },
  { kk: 'Жауап кеш берілді.', ru: 'Ответ дан с опозданием.', en: 'The answer came late.' },
  { kk: 'Деректер толық емес.', ru: 'Данные неполные.', en: 'The figures are incomplete.' },
  { kk: 'Тек сайтқа сілтеме берілді.', ru: 'Дана только ссылка на сайт.', en: 'Only a link to the website was given.' },
];

export const CONFERENCE_TOPICS: readonly { readonly kk: string; readonly ru: string; readonly en: string }[] = [
  { kk: 'Цифрлық қызметтер', ru: 'Цифровые услуги', en: 'Digital services' },
  { kk: 'Салық реформасы', ru: 'Налоговая реформа', en: 'Tax reform' },
  { kk: 'Ауыл шаруашылығын субсидиялау', ru: 'Субсидирование сельского хозяйства', en: 'Farm subsidies' },
  { kk: 'Денсаулық сақтау', ru: 'Здравоохранение', en: 'Healthcare' },
];

export const CONFERENCE_QUESTIONS: readonly string[] = [
  'Когда заработает новая услуга?',
  'Жаңа ереже қашан күшіне енеді?',
  'Какие документы нужны для субсидии?',
  'Өтінішті қалай беруге болады?',
  'Будут ли изменения в следующем году?',
];

export const CONFERENCE_ANSWERS: readonly string[] = [
  'С 1 января следующего года.',
  'Ақпарат министрлік сайтында жарияланған.',
  'Перечень документов размещён на портале.',
];
