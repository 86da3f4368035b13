// Where each calendar entry comes from. `confirmed: false` marks what was drafted rather than read in an act.

export interface Source {
  /** The act, article or order, as precisely as it is known; never an invented number. */
  readonly citation: string;
  readonly confirmed: boolean;
  /** How it was checked, or what is still missing. */
  readonly note?: string;
}

export const LAW_ON_HOLIDAYS: Source = {
  citation:
    'Law of the Republic of Kazakhstan "On holidays in the Republic of Kazakhstan" of 13 December 2001 No. 267-II (as amended in 2022: 25 October Republic Day added, 1 December and 17 December removed), Art. 1–2, 5',
  confirmed: true,
  note: 'list of holidays matches DESIGN §3 and the published 2025/2026 calendars; article numbers quoted from memory',
};

export const RELIGIOUS_DAYS_OFF: Source = {
  citation:
    'Labour Code of the Republic of Kazakhstan of 23 November 2015 No. 414-V, Art. 84 (first day of Kurban Ait and Orthodox Christmas are days off; no move when they fall on a weekend)',
  confirmed: true,
  note: 'the rule is in DESIGN §3 and in the published calendars; the paragraph number is not re-verified',
};

export const WEEKEND_MOVE: Source = {
  citation:
    'Law "On holidays in the Republic of Kazakhstan", Art. 5; Labour Code Art. 85: a holiday that coincides with a day off moves the day off to the next working day after the holiday',
  confirmed: true,
  note: 'the resulting dates match the published calendars for 2025 and 2026 (see README, Sources)',
};

export const RULES_ONLY_DRAFT: Source = {
  citation: 'drafted from the Labour Code rules, decree not yet confirmed',
  confirmed: false,
};

export const kurbanAitDate = (citation: string, confirmed: boolean, note?: string): Source =>
  note === undefined ? { citation, confirmed } : { citation, confirmed, note };
