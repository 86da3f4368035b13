import type { HolderKind, HolderLanguage, StateParticipation } from '@od/contracts';

/**
 * The information holders the registry is seeded with. Ids are NATS subject tokens: an agency's facts travel
 * under `od.events.<id>.>`. The state bodies are the ones that agreed Order No. 145 (seeds/004): under the 2023
 * text they hold conferences and surveys and receive petitions, but have no blog. The quasi-public entities
 * carry their state participation with its source: Samruk-Kazyna, KTZ and Baiterek are wholly state-owned (no
 * blog under the 2023 text); Kazatomprom and KazMunayGas have shares in free float, so their first heads keep
 * a blog. `reported` figures come from the companies' own pages and were not checked against a register here.
 */
export interface SeededHolder {
  readonly id: string;
  readonly kind: HolderKind;
  /** A quasi-public entity's state participation (required for one; a state body has none). */
  readonly stateParticipation?: StateParticipation;
  readonly name: { readonly kk: string; readonly ru: string; readonly en: string };
  /** The languages it answers requests in (Kazakh and Russian always; English only where listed here). */
  readonly languages: readonly HolderLanguage[];
  /** IINs of the first head (R5, owns the blog) and the access-to-information officer (B4), where known. */
  readonly firstHeadIin?: string;
  readonly informationOfficerIin?: string;
}

/**
 * Every holder answers in Kazakh, the state language, and in Russian, officially used on a par with it (Law of
 * the Republic of Kazakhstan "On languages in the Republic of Kazakhstan" of 11 July 1997 No. 151-I, Art. 4-5).
 */
const KAZAKH_AND_RUSSIAN: readonly HolderLanguage[] = ['kk', 'ru'];
/** Also English: the listed companies that publish to their foreign shareholders in it (their sources are English pages). */
const ALSO_ENGLISH: readonly HolderLanguage[] = ['kk', 'ru', 'en'];

export const SEEDED_HOLDERS: readonly SeededHolder[] = [
  {
    id: 'ministry-of-information',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Ақпарат және қоғамдық даму министрлігі',
      ru: 'Министерство информации и общественного развития',
      en: 'Ministry of Information and Public Development',
    },
  },
  {
    id: 'ministry-of-agriculture',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Ауыл шаруашылығы министрлігі', ru: 'Министерство сельского хозяйства', en: 'Ministry of Agriculture' },
  },
  {
    id: 'general-prosecutors-office',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: "General Prosecutor's Office" },
  },
  {
    id: 'competition-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Бәсекелестікті қорғау және дамыту агенттігі',
      ru: 'Агентство по защите и развитию конкуренции',
      en: 'Agency for Protection and Development of Competition',
    },
  },
  {
    id: 'ministry-of-education',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Білім және ғылым министрлігі', ru: 'Министерство образования и науки', en: 'Ministry of Education and Science' },
  },
  {
    id: 'ministry-of-healthcare',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Денсаулық сақтау министрлігі', ru: 'Министерство здравоохранения', en: 'Ministry of Healthcare' },
  },
  {
    id: 'ministry-of-labour',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Еңбек және халықты әлеуметтік қорғау министрлігі',
      ru: 'Министерство труда и социальной защиты населения',
      en: 'Ministry of Labour and Social Protection of Population',
    },
  },
  {
    id: 'ministry-of-industry',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Индустрия және инфрақұрылымдық даму министрлігі',
      ru: 'Министерство индустрии и инфраструктурного развития',
      en: 'Ministry of Industry and Infrastructural Development',
    },
  },
  {
    id: 'ministry-of-finance',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Қаржы министрлігі', ru: 'Министерство финансов', en: 'Ministry of Finance' },
  },
  {
    id: 'financial-monitoring-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Қаржылық мониторинг агенттігі', ru: 'Агентство по финансовому мониторингу', en: 'Agency for Financial Monitoring' },
  },
  {
    id: 'financial-market-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Қаржы нарығын реттеу және дамыту агенттігі',
      ru: 'Агентство по регулированию и развитию финансового рынка',
      en: 'Agency for Regulation and Development of the Financial Market',
    },
  },
  {
    id: 'ministry-of-defence',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Қорғаныс министрлігі', ru: 'Министерство обороны', en: 'Ministry of Defence' },
  },
  {
    id: 'ministry-of-culture',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Мәдениет және спорт министрлігі', ru: 'Министерство культуры и спорта', en: 'Ministry of Culture and Sports' },
  },
  {
    id: 'civil-service-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Мемлекеттік қызмет істері агенттігі', ru: 'Агентство по делам государственной службы', en: 'Agency for Public Service Affairs' },
  },
  {
    id: 'ministry-of-trade',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Сауда және интеграция министрлігі', ru: 'Министерство торговли и интеграции', en: 'Ministry of Trade and Integration' },
  },
  {
    id: 'strategic-planning-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Стратегиялық жоспарлау және реформалар агенттігі',
      ru: 'Агентство по стратегическому планированию и реформам',
      en: 'Agency for Strategic Planning and Reforms',
    },
  },
  {
    id: 'anti-corruption-agency',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі', ru: 'Агентство по противодействию коррупции', en: 'Anti-Corruption Agency' },
  },
  {
    id: 'ministry-of-foreign-affairs',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Сыртқы істер министрлігі', ru: 'Министерство иностранных дел', en: 'Ministry of Foreign Affairs' },
  },
  {
    id: 'ministry-of-emergency-situations',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Төтенше жағдайлар министрлігі', ru: 'Министерство по чрезвычайным ситуациям', en: 'Ministry of Emergency Situations' },
  },
  {
    id: 'ministry-of-national-economy',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Ұлттық экономика министрлігі', ru: 'Министерство национальной экономики', en: 'Ministry of National Economy' },
  },
  {
    id: 'ministry-of-digital-development',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
      ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности',
      en: 'Ministry of Digital Development, Innovation and Aerospace Industry',
    },
  },
  {
    id: 'ministry-of-internal-affairs',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Ішкі істер министрлігі', ru: 'Министерство внутренних дел', en: 'Ministry of Internal Affairs' },
  },
  {
    id: 'ministry-of-ecology',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Экология, геология және табиғи ресурстар министрлігі',
      ru: 'Министерство экологии, геологии и природных ресурсов',
      en: 'Ministry of Ecology, Geology and Natural Resources',
    },
  },
  {
    id: 'ministry-of-energy',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: 'Энергетика министрлігі', ru: 'Министерство энергетики', en: 'Ministry of Energy' },
  },
  {
    id: 'accounts-committee',
    kind: 'state_body',
    languages: KAZAKH_AND_RUSSIAN,
    name: {
      kk: 'Республикалық бюджеттің атқарылуын бақылау жөніндегі есеп комитеті',
      ru: 'Счётный комитет по контролю за исполнением республиканского бюджета',
      en: 'Accounts Committee for Control over Execution of the Republican Budget',
    },
  },
  {
    id: 'samruk-kazyna',
    kind: 'quasi_public',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: '«Самұрық-Қазына» ҰӘҚ АҚ', ru: 'АО «ФНБ «Самрук-Казына»', en: 'Samruk-Kazyna JSC' },
    stateParticipation: {
      percent: 100,
      fullyStateOwned: true,
      asOf: '2024-12-31',
      source: {
        title: 'Samruk-Kazyna JSC: the Government of the Republic of Kazakhstan is the sole shareholder',
        reference: 'https://www.sk.kz/about-fund/',
        certainty: 'reported',
      },
    },
  },
  {
    id: 'kazakhstan-temir-zholy',
    kind: 'quasi_public',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: '«Қазақстан темір жолы» ҰК АҚ', ru: 'АО «НК «Қазақстан темір жолы»', en: 'Kazakhstan Temir Zholy JSC' },
    stateParticipation: {
      percent: 100,
      fullyStateOwned: true,
      asOf: '2024-12-31',
      source: { title: 'Kazakhstan Temir Zholy JSC: sole shareholder Samruk-Kazyna JSC', reference: 'https://railways.kz/', certainty: 'reported' },
    },
  },
  {
    id: 'baiterek',
    kind: 'quasi_public',
    languages: KAZAKH_AND_RUSSIAN,
    name: { kk: '«Бәйтерек» ҰБХ АҚ', ru: 'АО «НУХ «Байтерек»', en: 'Baiterek National Managing Holding JSC' },
    stateParticipation: {
      percent: 100,
      fullyStateOwned: true,
      asOf: '2024-12-31',
      source: {
        title: 'Baiterek National Managing Holding JSC: sole shareholder the Government of the Republic of Kazakhstan',
        reference: 'https://baiterek.gov.kz/',
        certainty: 'reported',
      },
    },
  },
  {
    id: 'kazatomprom',
    kind: 'quasi_public',
    languages: ALSO_ENGLISH,
    name: { kk: '«Қазатомөнеркәсіп» ҰАК АҚ', ru: 'АО «НАК «Казатомпром»', en: 'National Atomic Company Kazatomprom JSC' },
    stateParticipation: {
      percent: 75,
      fullyStateOwned: false,
      asOf: '2024-12-31',
      source: {
        title: 'Kazatomprom, shareholders: Samruk-Kazyna JSC 75 %, free float 25 % (LSE and AIX listings)',
        reference: 'https://www.kazatomprom.kz/en/page/aktsioneri',
        certainty: 'reported',
      },
    },
    // The development accounts staff-kap-head and staff-kap-officer.
    firstHeadIin: '790808300997',
    informationOfficerIin: '760514300110',
  },
  {
    id: 'kazmunaygas',
    kind: 'quasi_public',
    languages: ALSO_ENGLISH,
    name: { kk: '«ҚазМұнайГаз» ҰК АҚ', ru: 'АО «НК «КазМунайГаз»', en: 'National Company KazMunayGas JSC' },
    stateParticipation: {
      percent: 97,
      fullyStateOwned: false,
      asOf: '2024-12-31',
      source: {
        title: 'KazMunayGas, share capital: Samruk-Kazyna JSC 87.42 %, National Bank of Kazakhstan 9.58 %, free float about 3 % since the 2022 IPO',
        reference: 'https://www.kmg.kz/en/investors/share-capital/',
        certainty: 'reported',
      },
    },
  },
];

export function findSeededHolder(holderId: string): SeededHolder | undefined {
  return SEEDED_HOLDERS.find((holder) => holder.id === holderId);
}
