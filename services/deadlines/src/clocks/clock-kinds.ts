import { conferenceClocks } from '../conferences/conference-clocks';
import { requestClocks } from '../requests/request-clocks';
import { surveyClocks } from '../surveys/survey-clocks';
import type { ClockKind } from './clock-kind';

/** Every kind of clock the service keeps, each the one engine over its table; a new kind is one more entry. */
export const CLOCK_KINDS: readonly ClockKind[] = [requestClocks, conferenceClocks, surveyClocks];

export function clockKind(kind: string): ClockKind {
  const found = CLOCK_KINDS.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`unknown clock kind ${kind}`);
  return found;
}

export function clockKindFollowing(category: string): ClockKind | undefined {
  return CLOCK_KINDS.find((candidate) => candidate.categories.includes(category));
}
