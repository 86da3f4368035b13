import { conferenceClocks } from '../conferences/conference-clocks';
import { requestClocks } from '../requests/request-clocks';
import { surveyClocks } from '../surveys/survey-clocks';
import type { ClockKind } from './clock-kind';

/**
 * Every kind of clock the service keeps; a new kind is one more entry (and its folder). Typed as `unknown`
 * clocks because the table holds them all: a clock is only ever given to the kind named in its row.
 */
export const CLOCK_KINDS = [requestClocks, conferenceClocks, surveyClocks] as unknown as readonly ClockKind<unknown>[];

export function clockKind(kind: string): ClockKind<unknown> {
  const found = CLOCK_KINDS.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`unknown clock kind ${kind}`);
  return found;
}

export function clockKindFollowing(category: string): ClockKind<unknown> | undefined {
  return CLOCK_KINDS.find((candidate) => candidate.categories.includes(category));
}
