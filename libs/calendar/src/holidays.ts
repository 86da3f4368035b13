// The public holidays of Kazakhstan (DESIGN §3), with their names in Kazakh, Russian and English.

export interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export type HolidayId =
  | 'new-year'
  | 'orthodox-christmas'
  | 'womens-day'
  | 'nauryz'
  | 'unity-day'
  | 'defender-day'
  | 'victory-day'
  | 'capital-day'
  | 'constitution-day'
  | 'republic-day'
  | 'independence-day'
  | 'kurban-ait';

export interface Holiday {
  readonly id: HolidayId;
  readonly name: LocalizedText;
  /** Fixed 'MM-DD' dates; Kurban Ait has none (its date is set each year, by the lunar calendar). */
  readonly fixedDates: readonly string[];
  /**
   * Whether a coincidence with Saturday or Sunday moves the day off to the next working day.
   * Not for Orthodox Christmas and Kurban Ait: they are religious days off, not national or state holidays.
   */
  readonly movesOffWeekend: boolean;
}

export const HOLIDAYS: Readonly<Record<HolidayId, Holiday>> = {
  'new-year': {
    id: 'new-year',
    name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
    fixedDates: ['01-01', '01-02'],
    movesOffWeekend: true,
  },
  'orthodox-christmas': {
    id: 'orthodox-christmas',
    name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
    fixedDates: ['01-07'],
    movesOffWeekend: false,
  },
  'womens-day': {
    id: 'womens-day',
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
    fixedDates: ['03-08'],
    movesOffWeekend: true,
  },
  nauryz: {
    id: 'nauryz',
    name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz Meiramy' },
    fixedDates: ['03-21', '03-22', '03-23'],
    movesOffWeekend: true,
  },
  'unity-day': {
    id: 'unity-day',
    name: {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      en: 'Day of Unity of the People of Kazakhstan',
    },
    fixedDates: ['05-01'],
    movesOffWeekend: true,
  },
  'defender-day': {
    id: 'defender-day',
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
    fixedDates: ['05-07'],
    movesOffWeekend: true,
  },
  'victory-day': {
    id: 'victory-day',
    name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
    fixedDates: ['05-09'],
    movesOffWeekend: true,
  },
  'capital-day': {
    id: 'capital-day',
    name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
    fixedDates: ['07-06'],
    movesOffWeekend: true,
  },
  'constitution-day': {
    id: 'constitution-day',
    name: {
      kk: 'Қазақстан Республикасының Конституциясы күні',
      ru: 'День Конституции Республики Казахстан',
      en: 'Constitution Day',
    },
    fixedDates: ['08-30'],
    movesOffWeekend: true,
  },
  'republic-day': {
    id: 'republic-day',
    name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
    fixedDates: ['10-25'],
    movesOffWeekend: true,
  },
  'independence-day': {
    id: 'independence-day',
    name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
    fixedDates: ['12-16'],
    movesOffWeekend: true,
  },
  'kurban-ait': {
    id: 'kurban-ait',
    name: { kk: 'Құрбан айттың бірінші күні', ru: 'Первый день Курбан айта', en: 'Kurban Ait (first day)' },
    fixedDates: [],
    movesOffWeekend: false,
  },
};
