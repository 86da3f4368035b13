import type { ConferenceDeadlineEvent, DeadlineEvent, SurveyDeadlineEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { ClockViewEntity, type ClockKind } from './clock-view.entity';

/** Request clock facts (`deadline-<requestId>`); the request history shows them beside the request's own facts. */
export const DEADLINE_EVENT_TYPES: ReadonlySet<string> = new Set<DeadlineEvent['type']>([
  'DeadlineStarted',
  'DeadlineStopped',
  'DeadlineWarningIssued',
  'DeadlineBreached',
  'DeadlineRecomputed',
]);

const KIND_BY_PREFIX: readonly (readonly [string, ClockKind])[] = [
  ['Conference', 'conference'],
  ['Survey', 'survey'],
  ['', 'request'],
];

/** Every clock fact this view folds: request (`Deadline*`), conference (`ConferenceDeadline*`), survey (`SurveyDeadline*`). */
export const CLOCK_EVENT_TYPES: ReadonlySet<string> = new Set(KIND_BY_PREFIX.flatMap(([prefix]) => [...DEADLINE_EVENT_TYPES].map((type) => `${prefix}${type}`)));

export type AnyClockEvent = DeadlineEvent | ConferenceDeadlineEvent | SurveyDeadlineEvent;

/**
 * The three families share their shape (started, warned, breached, recomputed, stopped) and differ in the
 * subject: read as a request clock fact of the same step, with the kind and subject beside it.
 */
function asRequestShaped(event: RecordedEvent<AnyClockEvent>): { kind: ClockKind; subjectId: string; questionId: string | null; event: RecordedEvent<DeadlineEvent> } {
  const [prefix, kind] = KIND_BY_PREFIX.find(([candidate]) => event.type.startsWith(candidate)) as readonly [string, ClockKind];
  const data = event.data as AnyClockEvent['data'] & { requestId?: string; subjectId?: string; surveyId?: string; questionId?: string };
  const subjectId = (data.requestId ?? data.subjectId ?? data.surveyId) as string;
  return { kind, subjectId, questionId: data.questionId ?? null, event: { ...event, type: event.type.slice(prefix.length) } as RecordedEvent<DeadlineEvent> };
}

function fresh(raw: RecordedEvent<AnyClockEvent>): ClockViewEntity {
  const { kind, subjectId, questionId, event } = asRequestShaped(raw);
  const clock = new ClockViewEntity();
  clock.kind = kind;
  clock.subjectId = subjectId;
  clock.requestId = kind === 'request' ? subjectId : null;
  clock.questionId = questionId;
  clock.rule = event.data.rule;
  clock.clockId = event.data.clockId;
  clock.holderId = event.data.holderId;
  clock.status = 'running';
  clock.open = true;
  clock.dueAt = new Date(event.data.dueAt);
  clock.warnAt = null;
  clock.startedAt = null;
  clock.warnedAt = null;
  clock.breachedAt = null;
  clock.stoppedAt = null;
  clock.recomputations = 0;
  return clock;
}

/** A clock's next state from its facts: pure. A fact for a clock not yet started opens it (defensive). */
export function evolveClockView(current: ClockViewEntity | null, raw: RecordedEvent<AnyClockEvent>): ClockViewEntity {
  const next = current ? Object.assign(new ClockViewEntity(), current) : fresh(raw);
  const { event } = asRequestShaped(raw);
  switch (event.type) {
    case 'DeadlineStarted':
      Object.assign(next, fresh(raw));
      next.startedAt = new Date(event.data.startedAt);
      next.warnAt = new Date(event.data.warnAt);
      return next;
    case 'DeadlineWarningIssued':
      next.warnedAt = new Date(event.data.warnedAt);
      return next;
    case 'DeadlineRecomputed':
      next.dueAt = new Date(event.data.dueAt);
      next.recomputations += 1;
      return next;
    case 'DeadlineBreached':
      next.breachedAt = new Date(event.data.breachedAt);
      next.status = event.data.metLate ? 'met_late' : next.status === 'met_late' ? 'met_late' : 'breached';
      if (event.data.metLate) next.open = false;
      return next;
    case 'DeadlineStopped':
      next.stoppedAt = new Date(event.data.stoppedAt);
      next.open = false;
      if (event.data.outcome === 'met') next.status = event.data.late || next.status === 'breached' ? 'met_late' : 'met';
      // Superseded (e.g. redirected): a breach already recorded stays a breach.
      else if (next.status === 'running') next.status = 'superseded';
      return next;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return next;
    }
  }
}

export async function projectClockView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!CLOCK_EVENT_TYPES.has(event.type)) return;
  const clockEvent = event as RecordedEvent<AnyClockEvent>;
  const repository = manager.getRepository(ClockViewEntity);
  const { kind, subjectId } = asRequestShaped(clockEvent);
  const current = await repository.findOneBy({ kind, subjectId, rule: clockEvent.data.rule, clockId: clockEvent.data.clockId });
  await repository.save(evolveClockView(current, clockEvent));
}
