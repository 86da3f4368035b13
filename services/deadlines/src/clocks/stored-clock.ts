import { upcastClockExplanation, type ConferenceDeadlineExplanation, type DeadlineExplanationData, type SurveyDeadlineExplanation } from '@od/contracts';
import type { Clock, ClockCount } from '@od/domain';

/**
 * A clock as `deadlines.clocks` stored it before the clocks were one engine (each kind its own JSON: the
 * request's `DeadlineClock`, the conference's `ConferenceClock`, the survey's `SurveyDeadlineClock`), read
 * as the engine's `Clock`. A row written since is returned as is; an old row is rewritten in the new shape
 * the next time its clock changes.
 */
export function upcastStoredClock(kind: string, stored: unknown): Clock {
  const json = stored as Record<string, unknown>;
  if ('subject' in json) return stored as Clock;
  const common = {
    clockId: json.clockId as string,
    startedAt: json.startedAt as string,
    dueAt: json.dueAt as string,
    warnAt: json.warnAt as string,
    breached: json.breached as boolean,
    ...(json.warnedDueAt === undefined ? {} : { warnedDueAt: json.warnedDueAt as string }),
    ...(json.originEventId === undefined ? {} : { originEventId: json.originEventId as string }),
  };
  const holderId = json.holderId as string;
  if (kind === 'request') {
    return {
      ...common,
      rule: json.rule as Clock['rule'],
      subject: { kind: 'request', id: json.requestId as string, holderId },
      count: json.count as ClockCount,
      explanation: upcastClockExplanation(json.explanation as DeadlineExplanationData),
      ...(json.stop === undefined ? {} : { stop: json.stop as Clock['stop'] }),
    };
  }
  if (kind === 'conference') {
    const count = json.count as { kind: string; endsAt?: string };
    const rule = json.rule as Clock['rule'];
    return {
      ...common,
      rule,
      subject: { kind: rule === 'C5' ? 'topic-application' : 'conference', id: json.subjectId as string, holderId },
      ...(json.questionId === undefined ? {} : { questionId: json.questionId as string }),
      count: count.kind === 'conference-end' ? { kind: 'instant', at: count.endsAt as string } : (count as ClockCount),
      explanation: upcastClockExplanation(json.explanation as ConferenceDeadlineExplanation),
      ...(json.stop === undefined ? {} : { stop: json.stop as Clock['stop'] }),
    };
  }
  const explanation = json.explanation as SurveyDeadlineExplanation;
  const met = json.met as { at: string; late: boolean; byEventId?: string } | undefined;
  const cancelledAt = json.cancelledAt as string | undefined;
  const stop: Clock['stop'] = met
    ? { outcome: 'met', late: met.late, at: met.at, ...(met.byEventId ? { byEventId: met.byEventId } : {}) }
    : cancelledAt
      ? { outcome: 'superseded', late: false, at: cancelledAt }
      : undefined;
  return {
    ...common,
    rule: 'C3',
    subject: { kind: 'survey', id: json.surveyId as string, holderId },
    sequence: json.sequence as number,
    count: { kind: explanation.count.kind, from: explanation.count.from, days: explanation.count.days },
    explanation: upcastClockExplanation(explanation),
    ...(stop ? { stop } : {}),
  };
}
