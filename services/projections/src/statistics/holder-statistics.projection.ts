import type { ClockEvent, RequestEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { redactPersonalData } from '@od/platform';
import type { EntityManager } from 'typeorm';
import { isClockFact } from '../clocks/clock-view.projection';
import { KZ_ZONE } from '@od/calendar';
import { AnswerClockTimingEntity, HolderDailyStatisticsEntity, HolderStatisticsEntity, type AnswerTiming } from './holder-statistics.entity';

type Counter = Exclude<keyof HolderStatisticsEntity, 'holderId' | 'dislikeReasons' | 'dislikeReasonsRedacted' | 'updatedAt'>;

/** The figures a holder's statistics are made of (summed over a period's days). */
export const STATISTICS_COUNTERS: readonly Counter[] = [
  'received',
  'accepted',
  'redirected',
  'returned',
  'answered',
  'answeredOnTime',
  'answeredLate',
  'refused',
  'extended',
  'deadlinesBreached',
  'likes',
  'dislikes',
];

const almatyDay = new Intl.DateTimeFormat('en-CA', { timeZone: KZ_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Almaty calendar day ('YYYY-MM-DD') an instant falls on: the day a fact counts for. */
export function almatyDayOf(instant: string | Date): string {
  return almatyDay.format(new Date(instant));
}

/** The sum of days' figures (a period's): counters and dislike reasons added, redacted if any day was. */
export function sumStatistics(holderId: string, days: readonly HolderStatisticsEntity[]): HolderStatisticsEntity {
  const sum = emptyStatistics(holderId);
  for (const day of days) {
    for (const counter of STATISTICS_COUNTERS) sum[counter] += day[counter];
    for (const [reason, count] of Object.entries(day.dislikeReasons)) sum.dislikeReasons[reason] = (sum.dislikeReasons[reason] ?? 0) + count;
    if (day.dislikeReasonsRedacted) sum.dislikeReasonsRedacted = true;
    if (day.updatedAt > sum.updatedAt) sum.updatedAt = day.updatedAt;
  }
  return sum;
}

export function emptyStatistics(holderId: string): HolderStatisticsEntity {
  return Object.assign(new HolderStatisticsEntity(), {
    holderId,
    received: 0,
    accepted: 0,
    redirected: 0,
    returned: 0,
    answered: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    refused: 0,
    extended: 0,
    deadlinesBreached: 0,
    likes: 0,
    dislikes: 0,
    dislikeReasons: {},
    dislikeReasonsRedacted: false,
    updatedAt: new Date(0),
  });
}

/** Which counter of which holder a request fact moves (besides the rating's reasons); pure. */
export function requestFactCounter(event: RequestEvent): { holderId: string; counter: Counter } | null {
  switch (event.type) {
    case 'RequestSubmitted':
    case 'RequestReceived':
      return { holderId: event.data.holderId, counter: 'received' };
    case 'RequestAccepted':
      return { holderId: event.data.holderId, counter: 'accepted' };
    case 'RequestRedirected':
      return { holderId: event.data.holderId, counter: 'redirected' };
    case 'RequestReturned':
      return { holderId: event.data.holderId, counter: 'returned' };
    case 'RequestAnswered':
      return { holderId: event.data.holderId, counter: 'answered' };
    case 'RequestRefused':
      return { holderId: event.data.holderId, counter: 'refused' };
    case 'DeadlineExtended':
      return { holderId: event.data.holderId, counter: 'extended' };
    case 'AnswerRated':
      return { holderId: event.data.holderId, counter: event.data.rating === 'like' ? 'likes' : 'dislikes' };
    case 'AnswerDrafted':
    case 'ExtensionNoticeSent':
      return null;
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** An R4 clock's timing after a clock fact, from how it was counted before; pure. */
export function answerTimingAfter(before: AnswerTiming | null, event: ClockEvent): AnswerTiming | null {
  if (event.data.rule !== 'R4') return before;
  if (event.type === 'ClockStopped' && event.data.outcome === 'met') return event.data.late ? 'late' : 'on_time';
  if (event.type === 'ClockBreached' && event.data.metLate) return 'late';
  return before;
}

const timingCounter: Record<AnswerTiming, Counter> = { on_time: 'answeredOnTime', late: 'answeredLate' };

/** The holder's numbers after a fact: pure. `timing` is the R4 clock's (before, after) for clock facts. */
export function evolveHolderStatistics(
  stats: HolderStatisticsEntity,
  event: RecordedEvent<RequestEvent | ClockEvent>,
  timing: { before: AnswerTiming | null; after: AnswerTiming | null } = { before: null, after: null },
): HolderStatisticsEntity {
  const next = Object.assign(new HolderStatisticsEntity(), stats, { dislikeReasons: { ...stats.dislikeReasons } });
  next.updatedAt = new Date(event.metadata.occurredAt);
  if (event.type === 'ClockBreached' && !event.data.metLate) next.deadlinesBreached += 1;
  if (timing.before !== timing.after) {
    if (timing.before) next[timingCounter[timing.before]] -= 1;
    if (timing.after) next[timingCounter[timing.after]] += 1;
  }
  if (isRequestEvent(event)) {
    const moved = requestFactCounter(event);
    if (moved) next[moved.counter] += 1;
    if (event.type === 'AnswerRated' && event.data.rating === 'dislike') {
      // The holder's staff, the ministry and analysts read these: not the person who wrote the reason.
      const reason = redactPersonalData((event.data.reason ?? '').trim() || '(no reason)');
      next.dislikeReasons[reason.text] = (next.dislikeReasons[reason.text] ?? 0) + 1;
      if (reason.redacted) next.dislikeReasonsRedacted = true;
    }
  }
  return next;
}

const countedRequestTypes = new Set<string>([
  'RequestSubmitted',
  'RequestReceived',
  'RequestAccepted',
  'RequestRedirected',
  'RequestReturned',
  'RequestAnswered',
  'RequestRefused',
  'DeadlineExtended',
  'AnswerRated',
]);

function isRequestEvent(event: RecordedEvent<RequestEvent | ClockEvent>): event is RecordedEvent<RequestEvent> {
  return !isClockFact(event);
}

async function currentStatistics(manager: EntityManager, holderId: string): Promise<HolderStatisticsEntity> {
  return (await manager.getRepository(HolderStatisticsEntity).findOneBy({ holderId })) ?? emptyStatistics(holderId);
}

/**
 * Moves the holder's running totals and the figures of one Almaty day alike, so a period's figures are a
 * sum of days: `day` is the day of the fact, or the day a corrected answer was first counted on.
 */
async function countFact(
  manager: EntityManager,
  holderId: string,
  day: string,
  event: RecordedEvent<RequestEvent | ClockEvent>,
  timing?: { before: AnswerTiming | null; after: AnswerTiming | null },
): Promise<void> {
  const stats = await currentStatistics(manager, holderId);
  await manager.getRepository(HolderStatisticsEntity).save(evolveHolderStatistics(stats, event, timing));
  const days = manager.getRepository(HolderDailyStatisticsEntity);
  const ofDay = (await days.findOneBy({ holderId, day })) ?? Object.assign(emptyStatistics(holderId), { day });
  await days.save(Object.assign(new HolderDailyStatisticsEntity(), evolveHolderStatistics(ofDay, event, timing), { day }));
}

export async function projectHolderStatistics(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (countedRequestTypes.has(event.type)) {
    const requestEvent = event as RecordedEvent<RequestEvent>;
    const moved = requestFactCounter(requestEvent);
    if (!moved) return;
    await countFact(manager, moved.holderId, almatyDayOf(event.metadata.occurredAt), requestEvent);
    return;
  }
  // The request clocks' facts (old ones arrive upcast): breaches and the R4 answer timing are the holder's request figures.
  if (!isClockFact(event) || event.data.subject.kind !== 'request') return;
  if (event.type !== 'ClockStopped' && event.type !== 'ClockBreached') return;
  const clockEvent = event;
  const { clockId } = clockEvent.data;
  const { id: requestId, holderId } = clockEvent.data.subject;
  const timings = manager.getRepository(AnswerClockTimingEntity);
  const counted = clockEvent.data.rule === 'R4' ? await timings.findOneBy({ requestId, clockId }) : null;
  const before = counted?.timing ?? null;
  const after = answerTimingAfter(before, clockEvent);
  const counts = clockEvent.type === 'ClockBreached' ? !clockEvent.data.metLate : false;
  if (before === after && !counts) return;
  const factDay = almatyDayOf(clockEvent.metadata.occurredAt);
  // A correction of an answer's timing (on time, then late) belongs to the day the answer was counted on, so no day goes negative.
  const countedOn = counted?.countedOn ?? factDay;
  if (after && after !== before) await timings.save(Object.assign(new AnswerClockTimingEntity(), { requestId, clockId, holderId, timing: after, countedOn }));
  // A breach unmet never changes an answer's timing: each fact moves one day's figures.
  await countFact(manager, holderId, before !== after ? countedOn : factDay, clockEvent, { before, after });
}
