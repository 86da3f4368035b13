import type { UiLanguage } from '@od/contracts';

/**
 * What a 400 says about each field, in kk, ru and en: ICU MessageFormat texts (plural rules, numbers in the
 * reader's locale), keyed by the rule id (class-validator's constraint name, or a pipe's own rule) or by
 * `<rule>.<variant>` where one rule means different things: a variant is named by the DTO (`says(...)`, for a
 * pattern such as a holder id) or by the value (which IIN digit is wrong). Arguments come from the constraint
 * (`max`, `min`, `values`). Messages do not name the field: the body's `field` does, and the portal shows each
 * next to its field. Kazakh nouns after a numeral stay singular, so its texts need no plural forms.
 */
export const validationMessages = {
  validationFailed: {
    kk: 'Сұраныстың кейбір өрістері қате толтырылған',
    ru: 'В запросе есть неверно заполненные поля',
    en: 'The request has invalid fields',
  },

  // Types and presence.
  isString: { kk: 'Мәтін болуы керек', ru: 'Должно быть текстом', en: 'Must be text' },
  isNotEmpty: { kk: 'Бос болмауы керек', ru: 'Не может быть пустым', en: 'Must not be empty' },
  'isNotEmpty.dislikeReason': {
    kk: 'Жауап ұнамаса, себебін көрсетіңіз (R7)',
    ru: 'Укажите причину, если ответ не понравился (R7)',
    en: 'Give a reason with a dislike (R7)',
  },
  isDefined: { kk: 'Міндетті өріс', ru: 'Обязательное поле', en: 'Is required' },
  isObject: { kk: 'Объект болуы керек', ru: 'Должно быть объектом', en: 'Must be an object' },
  nestedValidation: {
    kk: 'Қажетті өрістері бар объект болуы керек',
    ru: 'Должно быть объектом с нужными полями',
    en: 'Must be an object with the expected fields',
  },
  isArray: { kk: 'Тізім болуы керек', ru: 'Должно быть списком', en: 'Must be a list' },
  isInt: { kk: 'Бүтін сан болуы керек', ru: 'Должно быть целым числом', en: 'Must be a whole number' },
  whitelistValidation: {
    kk: 'Белгісіз өріс: оны сұраныстан алып тастаңыз',
    ru: 'Неизвестное поле: уберите его из запроса',
    en: 'Unknown field: leave it out of the request',
  },
  maxDepth: {
    kk: '{max, number} деңгейден тереңірек кірістірілген',
    ru: 'Вложенность глубже {max, plural, one {# уровня} few {# уровней} many {# уровней} other {# уровня}}',
    en: 'Is nested deeper than {max, plural, one {# level} other {# levels}}',
  },

  // Sizes.
  maxLength: {
    kk: '{max, number} таңбадан аспауы керек',
    ru: 'Не длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
    en: 'Must be at most {max, plural, one {# character} other {# characters}} long',
  },
  minLength: {
    kk: 'Кемінде {min, number} таңба болуы керек',
    ru: 'Нужно ввести хотя бы {min, plural, one {# символ} few {# символа} many {# символов} other {# символа}}',
    en: 'Must be at least {min, plural, one {# character} other {# characters}} long',
  },
  min: { kk: 'Кемінде {min, number} болуы керек', ru: 'Не меньше {min, number}', en: 'Must be at least {min, number}' },
  max: { kk: 'Ең көбі {max, number} болуы керек', ru: 'Не больше {max, number}', en: 'Must be at most {max, number}' },
  'max.extensionDays': {
    kk: 'Мерзімді ең көбі {max, number} күнтізбелік күнге ұзартуға болады (R5)',
    ru: 'Срок можно продлить не более чем на {max, plural, one {# календарный день} few {# календарных дня} many {# календарных дней} other {# календарного дня}} (R5)',
    en: 'The term may be extended by at most {max, plural, one {# calendar day} other {# calendar days}} (R5)',
  },
  arrayMinSize: {
    kk: 'Тізімде кемінде {min, number} элемент болуы керек',
    ru: 'В списке должно быть не меньше {min, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}',
    en: 'Must have at least {min, plural, one {# item} other {# items}}',
  },
  'arrayMinSize.otherHolders': {
    kk: 'Кемінде {min, number} басқа ақпарат иеленушіні көрсетіңіз (R5)',
    ru: 'Укажите хотя бы {min, plural, one {# другого обладателя} few {# других обладателей} many {# других обладателей} other {# другого обладателя}} информации (R5)',
    en: 'Name at least {min, plural, one {# other information holder} other {# other information holders}} (R5)',
  },
  arrayMaxSize: {
    kk: 'Тізімде {max, number} элементтен артық болмауы керек',
    ru: 'В списке должно быть не больше {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}',
    en: 'Must have at most {max, plural, one {# item} other {# items}}',
  },

  // Values from a list, and formats.
  isIn: { kk: 'Рұқсат етілген мәндер: {values}', ru: 'Допустимые значения: {values}', en: 'Must be one of: {values}' },
  matches: { kk: 'Пішімі дұрыс емес', ru: 'Неверный формат', en: 'Has the wrong format' },
  'matches.holderId': {
    kk: 'Ақпарат иеленушінің идентификаторы болуы керек, мысалы, «kazatomprom»',
    ru: 'Должен быть идентификатор обладателя информации, например «kazatomprom»',
    en: 'Must be a holder id such as "kazatomprom"',
  },
  'matches.storePosition': {
    kk: 'Оқиғалар қоймасындағы позиция болуы керек: «<transactionId>:<sequence>»',
    ru: 'Должна быть позиция в хранилище событий: «<transactionId>:<sequence>»',
    en: 'Must be a store position "<transactionId>:<sequence>"',
  },
  'matches.phone': {
    kk: 'Қазақстан телефон нөмірі +7XXXXXXXXXX түрінде болуы керек',
    ru: 'Должен быть номер телефона в Казахстане в виде +7XXXXXXXXXX',
    en: 'Must be a Kazakhstan phone number written +7XXXXXXXXXX',
  },
  'matches.refusalGround': {
    kk: '11-баптағы бас тарту негіздерінің бірі болуы керек',
    ru: 'Должно быть одно из оснований отказа по статье 11',
    en: 'Must be one of the Article 11 refusal grounds',
  },
  'matches.returnReason': {
    kk: '11-баптағы қайтару себептерінің бірі болуы керек',
    ru: 'Должна быть одна из причин возврата по статье 11',
    en: 'Must be one of the Article 11 return reasons',
  },
  'matches.announcementLink': {
    kk: 'Мекеме сайтындағы хабарландырудың http(s) мекенжайы болуы керек',
    ru: 'Должен быть адрес http(s) объявления на сайте ведомства',
    en: 'Must be the http(s) address of the announcement on the agency’s site',
  },
  'matches.questionId': {
    kk: 'Сұрақтың идентификаторы болуы керек, мысалы, «q1»',
    ru: 'Должен быть идентификатор вопроса, например «q1»',
    en: 'Must be a question id such as "q1"',
  },
  'matches.optionId': {
    kk: 'Әрқайсысы жауап нұсқасының идентификаторы болуы керек, мысалы, «q1-o2»',
    ru: 'Каждый должен быть идентификатором варианта ответа, например «q1-o2»',
    en: 'Each must be an option id such as "q1-o2"',
  },
  'matches.almatyDate': {
    kk: 'ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек (Алматы уақыты)',
    ru: 'Должна быть дата в виде ГГГГ-ММ-ДД (время Алматы)',
    en: 'Must be a date YYYY-MM-DD (Almaty time)',
  },
  isUuid: { kk: 'UUID идентификаторы болуы керек', ru: 'Должен быть идентификатор UUID', en: 'Must be a UUID' },
  isEmail: { kk: 'Электрондық пошта мекенжайы болуы керек', ru: 'Должен быть адрес электронной почты', en: 'Must be an e-mail address' },
  isBase64: { kk: 'base64 кодтауында болуы керек', ru: 'Должно быть в кодировке base64', en: 'Must be base64' },
  'isBase64.signature': {
    kk: 'base64 түріндегі бөлек CMS (PKCS#7) қолтаңбасы болуы керек',
    ru: 'Должна быть открепленная подпись CMS (PKCS#7) в base64',
    en: 'Must be a base64 detached CMS (PKCS#7) signature',
  },
  isIso8601: {
    kk: 'ISO 8601 пішіміндегі күн немесе уақыт сәті болуы керек',
    ru: 'Должна быть дата или момент времени в формате ISO 8601',
    en: 'Must be an ISO 8601 date or instant',
  },
  'isIso8601.date': {
    kk: 'ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек',
    ru: 'Должна быть дата в виде ГГГГ-ММ-ДД',
    en: 'Must be a date YYYY-MM-DD',
  },
  'isIso8601.instant': {
    kk: 'Ығысуы көрсетілген ISO 8601 уақыт сәті болуы керек, мысалы, 2026-12-14T10:00:00+05:00',
    ru: 'Должен быть момент времени ISO 8601 со смещением, например 2026-12-14T10:00:00+05:00',
    en: 'Must be an ISO 8601 instant with its offset, e.g. 2026-12-14T10:00:00+05:00',
  },
  isPeriodBound: {
    kk: 'ISO 8601 күні (2026-01-31) немесе ығысуы көрсетілген уақыт сәті (2026-01-31T09:00:00+05:00) болуы керек',
    ru: 'Должна быть дата ISO 8601 (2026-01-31) или момент времени со смещением (2026-01-31T09:00:00+05:00)',
    en: 'Must be an ISO 8601 date (2026-01-31) or instant with its offset (2026-01-31T09:00:00+05:00)',
  },
  isPeriodDay: {
    kk: 'ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек (Алматы уақыты); кезеңнің соңы басынан ерте болмауы керек',
    ru: 'Должна быть дата в виде ГГГГ-ММ-ДД (время Алматы); конец периода не раньше его начала',
    en: 'Must be a date YYYY-MM-DD (Almaty time); a period’s end not before its start',
  },
  isYear: {
    kk: 'Төрт цифрлы жыл болуы керек, мысалы, 2026',
    ru: 'Должен быть год из четырёх цифр, например 2026',
    en: 'Must be a year of four digits such as 2026',
  },

  // Paging.
  isCursor: {
    kk: 'Осы тізім қайтарған беттің nextCursor мәні болуы керек',
    ru: 'Должен быть nextCursor страницы этого же списка',
    en: 'Must be the nextCursor of a page this list returned',
  },
  isCursorOfThisList: {
    kk: 'Осы тізім қайтарған беттің nextCursor мәні болуы керек',
    ru: 'Должен быть nextCursor страницы этого же списка',
    en: 'Must be the nextCursor of a page this list returned',
  },
  cursorOfTheseFilters: {
    kk: 'Басқа сүзгілермен алынған (мәртебе, кезең немесе ақпарат иеленуші): осы сүзгілермен бірінші бетті қайта сұраңыз',
    ru: 'Получен при других фильтрах (статус, период или обладатель информации): запросите первую страницу заново с этими фильтрами',
    en: 'Was made under other filters (status, period or holder): ask for the first page again with these filters',
  },

  // Text a person typed (IsSafeText): what is wrong with it.
  isSafeText: { kk: 'Көрінетін қарапайым мәтін болуы керек', ru: 'Должно быть обычным видимым текстом', en: 'Must be plain visible text' },
  'isSafeText.control_character': {
    kk: 'NUL (U+0000) сияқты басқару таңбалары болмауы керек',
    ru: 'Не должно содержать управляющих символов, например NUL (U+0000)',
    en: 'Must not contain control characters such as NUL (U+0000)',
  },
  'isSafeText.lone_surrogate': {
    kk: 'Дұрыс Unicode мәтіні болуы керек: онда жалғыз суррогат бар (U+D800–U+DFFF)',
    ru: 'Должно быть корректным текстом Unicode: в нём есть одиночный суррогат (U+D800–U+DFFF)',
    en: 'Must be valid Unicode: it contains a lone surrogate (U+D800–U+DFFF)',
  },
  'isSafeText.bidi_control': {
    kk: 'Мәтін бағытын өзгертетін немесе оқшаулайтын таңбалар болмауы керек (U+202A–U+202E, U+2066–U+2069)',
    ru: 'Не должно содержать символов, меняющих или изолирующих направление текста (U+202A–U+202E, U+2066–U+2069)',
    en: 'Must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)',
  },
  'isSafeText.invisible_only': {
    kk: 'Көрінетін мәтін болуы керек: онда тек көрінбейтін таңбалар бар (нөлдік енді бос орындар, BOM т.б.)',
    ru: 'Должно содержать видимый текст: в нём только невидимые символы (пробелы нулевой ширины, BOM и т. п.)',
    en: 'Must contain visible text: it has only invisible characters (zero-width spaces, BOM, ...)',
  },

  // A Kazakhstan IIN (IsIin): which part is wrong.
  isIin: { kk: 'ЖСН болуы керек (12 цифр)', ru: 'Должен быть ИИН (12 цифр)', en: 'Must be an IIN (12 digits)' },
  'isIin.not_12_digits': { kk: 'ЖСН қате: 12 цифр болуы керек', ru: 'Неверный ИИН: должно быть 12 цифр', en: 'Is not a valid IIN: it must be 12 digits' },
  'isIin.check_digit_mismatch': {
    kk: 'ЖСН қате: бақылау цифры (12-ші цифр) сәйкес келмейді',
    ru: 'Неверный ИИН: не сходится контрольная цифра (12-я цифра)',
    en: 'Is not a valid IIN: it has a wrong check digit (the 12th digit)',
  },
  'isIin.no_valid_check_digit': {
    kk: 'ЖСН қате: алғашқы 11 цифрға сәйкес бақылау цифры жоқ',
    ru: 'Неверный ИИН: для его первых 11 цифр нет подходящей контрольной цифры',
    en: 'Is not a valid IIN: no check digit fits its first 11 digits',
  },
  'isIin.birth_date_invalid': {
    kk: 'ЖСН қате: мүмкін емес туған күннен басталады (ЖЖААКК)',
    ru: 'Неверный ИИН: начинается с невозможной даты рождения (ГГММДД)',
    en: 'Is not a valid IIN: it starts with an impossible date of birth (YYMMDD)',
  },
  'isIin.century_digit_invalid': {
    kk: 'ЖСН қате: 7-ші цифр (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек',
    ru: 'Неверный ИИН: 7-я цифра (век и пол) должна быть от 1 до 6',
    en: 'Is not a valid IIN: its 7th digit (century and sex) must be 1–6',
  },
  'isIin.registration_month_invalid': {
    kk: 'ЖСН қате: тіркелген айы мүмкін емес',
    ru: 'Неверный ИИН: невозможный месяц регистрации',
    en: 'Is not a valid IIN: its month of registration is impossible',
  },
  'isIin.entity_type_invalid': {
    kk: 'ЖСН қате: тұлға түрін білдіретін цифр қате',
    ru: 'Неверный ИИН: неверная цифра типа лица',
    en: 'Is not a valid IIN: its digit for the kind of person is wrong',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<UiLanguage, string>>>>;

export type ValidationMessageKey = keyof typeof validationMessages;

/** A variant a DTO names for its constraint (`says('matches.holderId')`): the keys with a dot. */
export type ValidationMessageVariant = Extract<ValidationMessageKey, `${string}.${string}`>;
