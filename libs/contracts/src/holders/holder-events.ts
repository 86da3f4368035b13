import type { DomainEvent } from '../envelope';

/** The registry of information holders (state bodies and quasi-public companies, B3): `holder-<id>`. */
export const HOLDER_CATEGORY = 'holder';

export function holderStream(holderId: string): string {
  return `${HOLDER_CATEGORY}-${holderId}`;
}

export interface LocalizedName {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** A state body, or a quasi-public sector entity (a company in which the state takes part, directly or through a holding). */
export type HolderKind = 'state_body' | 'quasi_public';

/** Where a figure about a holder comes from, and how sure we are of it. */
export interface HolderDataSource {
  /** The document or page, e.g. "Kazatomprom, Shareholder structure". */
  readonly title: string;
  /** Where to find it: an address or a register number. */
  readonly reference: string;
  /** `official`: a register or the entity's own filing; `reported`: a company or press report not checked against a register. */
  readonly certainty: 'official' | 'reported';
}

/** A quasi-public entity's state participation: the state's share, direct and through national holdings, as of a date. */
export interface StateParticipation {
  readonly percent: number;
  /** 100 % state participation (directly or through wholly state-owned holdings): no blog under the 2023 text of Order 145. */
  readonly fullyStateOwned: boolean;
  readonly asOf: string;
  readonly source: HolderDataSource;
}

export type HolderRegistered = DomainEvent<
  'HolderRegistered',
  { readonly holderId: string; readonly kind: HolderKind; readonly name: LocalizedName; readonly registeredAt: string },
  1
>;

/**
 * What kind of holder it is, with its state participation where it is a quasi-public entity: recorded at
 * registration and again whenever the registry learns otherwise (a share sold, a source corrected). Which
 * holders may have a blog follows from it (Order 145 as amended in 2023).
 */
export type HolderKindRecorded = DomainEvent<
  'HolderKindRecorded',
  { readonly holderId: string; readonly kind: HolderKind; readonly stateParticipation: StateParticipation | null; readonly recordedAt: string },
  1
>;

/** A language a holder answers in: Kazakh and Russian for every holder (Law on Languages), English where it says so. */
export type HolderLanguage = 'kk' | 'ru' | 'en';

/**
 * The languages a holder answers requests in: recorded at registration and again whenever the registry learns
 * otherwise. Holders registered before languages were facts answer in Kazakh and Russian (the Law on Languages).
 */
export type HolderLanguagesRecorded = DomainEvent<
  'HolderLanguagesRecorded',
  { readonly holderId: string; readonly languages: readonly HolderLanguage[]; readonly recordedAt: string },
  1
>;

/** The first head owns the holder's blog and alone may extend a deadline (R5). */
export type HolderFirstHeadAppointed = DomainEvent<
  'HolderFirstHeadAppointed',
  { readonly holderId: string; readonly iin: string; readonly appointedAt: string },
  1
>;

/** B4: the holder's authorised person for access to information. */
export type HolderInformationOfficerAppointed = DomainEvent<
  'HolderInformationOfficerAppointed',
  { readonly holderId: string; readonly iin: string; readonly appointedAt: string },
  1
>;

export type HolderEvent = HolderRegistered | HolderKindRecorded | HolderLanguagesRecorded | HolderFirstHeadAppointed | HolderInformationOfficerAppointed;

/** Every fact of a holder's stream, by type. */
export const HOLDER_EVENT_TYPES: readonly HolderEvent['type'][] = [
  'HolderRegistered',
  'HolderKindRecorded',
  'HolderLanguagesRecorded',
  'HolderFirstHeadAppointed',
  'HolderInformationOfficerAppointed',
];
