/**
 * Information holders known to the platform until the holders registry (its own event stream) replaces
 * this list. Ids are NATS subject tokens: an agency's facts travel under `od.events.<id>.>`.
 * The ministries are among those that agreed Order No. 145 (seeds/004); the last two are quasi-public
 * companies (B3).
 */
export interface SeededHolder {
  readonly id: string;
  readonly kind: 'state_body' | 'quasi_public';
  readonly name: { readonly kk: string; readonly ru: string; readonly en: string };
  /** IINs of the first head (R5, owns the blog) and the access-to-information officer (B4), where known. */
  readonly firstHeadIin?: string;
  readonly informationOfficerIin?: string;
}

export const SEEDED_HOLDERS: readonly SeededHolder[] = [
  {
    id: 'ministry-of-finance',
    kind: 'state_body',
    name: { kk: 'Қаржы министрлігі', ru: 'Министерство финансов', en: 'Ministry of Finance' },
    // The development accounts staff-minfin-head and staff-minfin-officer.
    firstHeadIin: '790808300997',
    informationOfficerIin: '760514300110',
  },
  { id: 'ministry-of-healthcare', kind: 'state_body', name: { kk: 'Денсаулық сақтау министрлігі', ru: 'Министерство здравоохранения', en: 'Ministry of Healthcare' } },
  { id: 'ministry-of-agriculture', kind: 'state_body', name: { kk: 'Ауыл шаруашылығы министрлігі', ru: 'Министерство сельского хозяйства', en: 'Ministry of Agriculture' } },
  { id: 'ministry-of-foreign-affairs', kind: 'state_body', name: { kk: 'Сыртқы істер министрлігі', ru: 'Министерство иностранных дел', en: 'Ministry of Foreign Affairs' } },
  { id: 'ministry-of-internal-affairs', kind: 'state_body', name: { kk: 'Ішкі істер министрлігі', ru: 'Министерство внутренних дел', en: 'Ministry of Internal Affairs' } },
  { id: 'ministry-of-national-economy', kind: 'state_body', name: { kk: 'Ұлттық экономика министрлігі', ru: 'Министерство национальной экономики', en: 'Ministry of National Economy' } },
  { id: 'samruk-kazyna', kind: 'quasi_public', name: { kk: '«Самұрық-Қазына» ҰӘҚ АҚ', ru: 'АО «ФНБ «Самрук-Казына»', en: 'Samruk-Kazyna JSC' } },
  { id: 'kazakhstan-temir-zholy', kind: 'quasi_public', name: { kk: '«Қазақстан темір жолы» ҰК АҚ', ru: 'АО «НК «Қазақстан темір жолы»', en: 'Kazakhstan Temir Zholy JSC' } },
];

export function findSeededHolder(holderId: string): SeededHolder | undefined {
  return SEEDED_HOLDERS.find((holder) => holder.id === holderId);
}
