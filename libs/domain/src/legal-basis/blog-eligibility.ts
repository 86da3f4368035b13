import type { HolderKind, StateParticipation } from '@od/contracts';
import type { Order145Text } from './order-145-texts.data';

/** What the registry says of a holder that decides whether it may have a blog. */
export interface HolderOnRecord {
  readonly holderId: string;
  readonly kind: HolderKind;
  readonly stateParticipation: StateParticipation | null;
}

export type BlogEligibility = { readonly hasBlog: true } | { readonly hasBlog: false; readonly why: string };

/**
 * Whether a holder's first head has a blog under a text of Order 145: under the 2021 text every state body and
 * quasi-public company; under the 2023 text only quasi-public sector entities without 100 % state participation.
 */
export function blogEligibility(text: Order145Text, holder: HolderOnRecord): BlogEligibility {
  if (text.blogPlatform.holders === 'state-bodies-and-quasi-public') return { hasBlog: true };
  if (holder.kind === 'state_body') return { hasBlog: false, why: `${holder.holderId} is a state body` };
  if (!holder.stateParticipation) return { hasBlog: false, why: `the registry has no state participation on record for ${holder.holderId}` };
  if (holder.stateParticipation.fullyStateOwned) return { hasBlog: false, why: `${holder.holderId} has 100 % state participation` };
  return { hasBlog: true };
}
