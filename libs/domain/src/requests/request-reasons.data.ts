/**
 * Why a request may be returned (R3) or refused (R6): the grounds of Article 11 of the Law of the Republic of
 * Kazakhstan of 16 November 2015 No. 401-V "On Access to Information", as data. An administrator picks one
 * code; the user reads its text in kk/ru/en next to the holder's own words.
 *
 * How sure we are, ground by ground (`certainty`):
 * - `seed`: seed 004 (Order No. 145, chapter 2) says it in so many words;
 * - `law`: the Law's text as we know it (Article 1 definitions, Article 11 paragraph 2: "any information is
 *   provided on request, except information with limited access");
 * - `recalled`: recalled from the Law's text but not checked against the official text on adilet.zan.kz
 *   (Z1500000401) - the paragraph/subparagraph numbers in `basis` may be off;
 * - `unsure`: a ground that practice (or a neighbouring law: the Administrative Procedural Code for appeals,
 *   the Russian Federal Law No. 8-FZ that the Kazakh law resembles) suggests, which we could not place in
 *   Article 11 itself. A lawyer of the authorised body should confirm or strike these before release.
 *
 * Codes are stable (they are stored in `RequestReturned.reasonCode` / `RequestRefused.groundCode` forever):
 * add new ones, never rename or reuse one.
 */

export interface GroundTexts {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export type GroundCertainty = 'seed' | 'law' | 'recalled' | 'unsure';

export interface Article11Ground<Code extends string = string> {
  readonly code: Code;
  /** R3: returned by the administrator within 1 working day; R6: refused with reasons within 5 working days. */
  readonly rule: 'R3' | 'R6';
  /** Where the ground comes from, as precisely as we know it. */
  readonly basis: string;
  readonly certainty: GroundCertainty;
  readonly text: GroundTexts;
}

const LAW = 'Law of the RK No. 401-V "On Access to Information"';

/**
 * R3: "requests that do not comply with Article 11 of the Law are returned by the administrator within one
 * working day" (Order No. 145, p. 4). Article 11 sets what a written request must contain; these are the
 * ways a request can fail it. Several (name, address, signature, anonymity) can hardly happen on the blog
 * platform, where R1 already demands an EDS of the account holder; they are kept so the list is the Law's.
 */
export const RETURN_GROUNDS = [
  {
    code: 'no_user_name',
    rule: 'R3',
    basis: `${LAW}, Art. 11 (what a written request must contain: the individual's surname, name and patronymic if any, or the legal entity's name)`,
    certainty: 'recalled',
    text: {
      kk: 'Сұрауда жеке тұлғаның тегі мен аты не заңды тұлғаның атауы көрсетілмеген.',
      ru: 'В запросе не указаны фамилия и имя физического лица либо наименование юридического лица.',
      en: 'The request does not give the surname and name of the individual or the name of the legal entity.',
    },
  },
  {
    code: 'no_reply_address',
    rule: 'R3',
    basis: `${LAW}, Art. 11 (what a written request must contain: the postal or e-mail address for the answer)`,
    certainty: 'recalled',
    text: {
      kk: 'Сұрауда жауап жіберілетін пошталық мекенжай немесе электрондық пошта мекенжайы көрсетілмеген.',
      ru: 'В запросе не указан почтовый адрес или адрес электронной почты для направления ответа.',
      en: 'The request gives no postal or e-mail address to which the answer is to be sent.',
    },
  },
  {
    code: 'not_signed',
    rule: 'R3',
    basis: `${LAW}, Art. 11 (a written request is signed by the individual or by the head of the legal entity); Order No. 145, p. 3 (EDS on the blog platform)`,
    certainty: 'recalled',
    text: {
      kk: 'Сұрауға жеке тұлға немесе заңды тұлғаның басшысы қол қоймаған.',
      ru: 'Запрос не подписан физическим лицом либо руководителем юридического лица.',
      en: 'The request is not signed by the individual or, for a legal entity, by its head.',
    },
  },
  {
    code: 'anonymous',
    rule: 'R3',
    basis: `${LAW}, Art. 11 (a request without the requisites of its author is not considered) - we recall anonymous requests are not considered, but not the exact paragraph`,
    certainty: 'unsure',
    text: {
      kk: 'Сұрау жасырын: оның авторын анықтау мүмкін емес.',
      ru: 'Запрос является анонимным: невозможно установить его автора.',
      en: 'The request is anonymous: its author cannot be identified.',
    },
  },
  {
    code: 'not_a_request_for_information',
    rule: 'R3',
    basis: `${LAW}, Art. 1 (a "request" asks for information) and Art. 11; complaints, proposals and applications follow the Administrative Procedural Code - our reading, not a quoted ground`,
    certainty: 'unsure',
    text: {
      kk: 'Мәтінде ақпарат беру туралы сұрау жоқ (бұл өзге тәртіппен қаралатын шағым, ұсыныс немесе арыз).',
      ru: 'Текст не содержит просьбы о предоставлении информации (это жалоба, предложение или заявление, рассматриваемые в ином порядке).',
      en: 'The text does not ask for information (it is a complaint, proposal or application, which is considered under another procedure).',
    },
  },
  {
    code: 'information_not_identifiable',
    rule: 'R3',
    basis: `${LAW}, Art. 11 (a request states what information is asked for) - in the Russian 8-FZ this is a refusal ground; we treat it as a failed requisite`,
    certainty: 'unsure',
    text: {
      kk: 'Сұраудың мазмұны сұралып отырған ақпаратты анықтауға мүмкіндік бермейді.',
      ru: 'Содержание запроса не позволяет установить запрашиваемую информацию.',
      en: 'The content of the request does not make it possible to identify the information requested.',
    },
  },
  {
    code: 'repeated_request_answered',
    rule: 'R3',
    basis: 'Practice for repeated appeals (Administrative Procedural Code); not found by us in Article 11 itself',
    certainty: 'unsure',
    text: {
      kk: 'Сол пайдаланушының дәл осы мәселе бойынша сұрауына жауап берілген, жаңа мән-жайлар келтірілмеген.',
      ru: 'На запрос того же пользователя по тому же вопросу уже дан ответ, новых обстоятельств не приведено.',
      en: "The same user's request on the same matter has already been answered and this one gives no new circumstances.",
    },
  },
  {
    code: 'obscene_or_offensive_language',
    rule: 'R3',
    basis: 'Practice for appeals containing obscene or offensive language or threats (Administrative Procedural Code); not found by us in Article 11 itself',
    certainty: 'unsure',
    text: {
      kk: 'Сұрауда әдепсіз немесе қорлайтын сөздер не қоқан-лоққы бар.',
      ru: 'Запрос содержит нецензурные или оскорбительные выражения либо угрозы.',
      en: 'The request contains obscene or offensive language or threats.',
    },
  },
] as const satisfies readonly Article11Ground[];

/**
 * R6: "refusal to provide information on the grounds of paragraph 16 of Article 11 of the Law" (Order No. 145,
 * p. 5): a reasoned answer within 5 working days of registration. The restricted-access grounds are split by
 * kind of secret (Art. 1: information with limited access is state secrets, personal, family, medical, banking,
 * commercial and other secrets protected by law, and official information marked "for official use only"), so
 * the annual report (B2) can count them apart. Not a refusal: information outside the holder's competence is
 * redirected (R2); information already published is answered by pointing to where it is.
 */
export const REFUSAL_GROUNDS = [
  {
    code: 'state_secrets',
    rule: 'R6',
    basis: `${LAW}, Art. 11 p. 2 and p. 16 (information with limited access); Art. 1 (state secrets); the Law "On State Secrets"`,
    certainty: 'law',
    text: {
      kk: 'Сұралып отырған ақпарат мемлекеттік құпияларды құрайды.',
      ru: 'Запрашиваемая информация составляет государственные секреты.',
      en: 'The information requested is a state secret.',
    },
  },
  {
    code: 'personal_data_of_others',
    rule: 'R6',
    basis: `${LAW}, Art. 11 p. 2 and p. 16 (information with limited access); Art. 1 (personal and family secrets); the Law "On Personal Data and Their Protection"`,
    certainty: 'law',
    text: {
      kk: 'Сұралып отырған ақпарат басқа адамдардың жеке немесе отбасылық құпиясын не дербес деректерін құрайды, олар тек сол адамдардың келісімімен ашылады.',
      ru: 'Запрашиваемая информация составляет личную или семейную тайну либо персональные данные других лиц, раскрываемые только с их согласия.',
      en: 'The information requested is a personal or family secret or personal data of other persons, disclosed only with their consent.',
    },
  },
  {
    code: 'other_secret_protected_by_law',
    rule: 'R6',
    basis: `${LAW}, Art. 11 p. 2 and p. 16 (information with limited access); Art. 1 (medical, banking, commercial and other secrets protected by law)`,
    certainty: 'law',
    text: {
      kk: 'Сұралып отырған ақпарат дәрігерлік, банктік, коммерциялық немесе заңмен қорғалатын өзге де құпияны құрайды.',
      ru: 'Запрашиваемая информация составляет врачебную, банковскую, коммерческую или иную охраняемую законом тайну.',
      en: 'The information requested is a medical, banking, commercial or other secret protected by law.',
    },
  },
  {
    code: 'for_official_use_only',
    rule: 'R6',
    basis: `${LAW}, Art. 11 p. 2 and p. 16 (information with limited access); Art. 1 (official information marked "for official use only")`,
    certainty: 'recalled',
    text: {
      kk: 'Сұралып отырған ақпарат «Қызмет бабында пайдалану үшін» белгісі бар қызметтік ақпарат болып табылады.',
      ru: 'Запрашиваемая информация является служебной информацией с пометкой «Для служебного пользования».',
      en: 'The information requested is official information marked "for official use only".',
    },
  },
  {
    code: 'legal_assessment_or_analysis',
    rule: 'R6',
    basis: `${LAW}, Art. 11 p. 16 as we recall it (a legal assessment of the holder's acts or analytical work not linked to the user's rights) - the same ground is in the Russian 8-FZ, Art. 20; to be checked`,
    certainty: 'unsure',
    text: {
      kk: 'Сұрауда ақпарат иеленушінің актілеріне құқықтық баға беру, оның қызметін талдау немесе пайдаланушының құқықтарын қорғауға тікелей байланысты емес өзге де талдау жұмысы туралы мәселе қойылған.',
      ru: 'В запросе ставится вопрос о правовой оценке актов обладателя информации, анализе его деятельности или иной аналитической работе, непосредственно не связанной с защитой прав пользователя информации.',
      en: "The request asks for a legal assessment of the holder's acts, an analysis of its activity or other analytical work not directly related to protecting the user's rights.",
    },
  },
  {
    code: 'information_not_held',
    rule: 'R6',
    basis: `${LAW}, Art. 1 (information is what the holder has compiled or received and has at its disposal) and Art. 11 p. 16 as we recall it; where another holder is competent the request is redirected (R2) instead`,
    certainty: 'unsure',
    text: {
      kk: 'Сұралып отырған ақпарат ақпарат иеленушіде жоқ және ол оны жасауға міндетті емес; бұл ақпараттың өзге иеленушісі белгісіз.',
      ru: 'Запрашиваемая информация отсутствует у обладателя информации, и он не обязан её создавать; иной обладатель этой информации не известен.',
      en: 'The holder does not have the information requested and is not obliged to create it; no other holder is known to have it.',
    },
  },
] as const satisfies readonly Article11Ground[];

export type ReturnGroundCode = (typeof RETURN_GROUNDS)[number]['code'];
export type RefusalGroundCode = (typeof REFUSAL_GROUNDS)[number]['code'];

/** R3: the return ground with this code, or undefined. */
export function findReturnGround(code: string): Article11Ground<ReturnGroundCode> | undefined {
  return RETURN_GROUNDS.find((ground) => ground.code === code);
}

/** R6: the refusal ground with this code, or undefined. */
export function findRefusalGround(code: string): Article11Ground<RefusalGroundCode> | undefined {
  return REFUSAL_GROUNDS.find((ground) => ground.code === code);
}

export function isReturnGroundCode(code: string): code is ReturnGroundCode {
  return findReturnGround(code) !== undefined;
}

export function isRefusalGroundCode(code: string): code is RefusalGroundCode {
  return findRefusalGround(code) !== undefined;
}
