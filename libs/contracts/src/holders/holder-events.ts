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

export type HolderRegistered = DomainEvent<
  'HolderRegistered',
  { readonly holderId: string; readonly kind: 'state_body' | 'quasi_public'; readonly name: LocalizedName; readonly registeredAt: string },
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

export type HolderEvent = HolderRegistered | HolderFirstHeadAppointed | HolderInformationOfficerAppointed;
