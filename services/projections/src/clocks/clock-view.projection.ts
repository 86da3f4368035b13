import { CLOCK_EVENT_TYPES, type ClockEvent, type ClockSubjectKind } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { ClockViewEntity, type ClockKind } from './clock-view.entity';

/**
 * The kind a clock is listed under: a topic application's clock (C5) is listed with the conferences, as it
 * always has been (`/api/agency/clocks` shows `kind: 'conference'` and the application as the subject).
 */
const VIEW_KIND: Readonly<Record<ClockSubjectKind, ClockKind>> = {
  request: 'request',
  conference: 'conference',
  'topic-application': 'conference',
  survey: 'survey',
};

function fresh(event: ClockEvent): ClockViewEntity {
  const { subject } = event.data;
  const clock = new ClockViewEntity();
  clock.kind = VIEW_KIND[subject.kind];
  clock.subjectId = subject.id;
  clock.requestId = subject.kind === 'request' ? subject.id : null;
  clock.questionId = event.data.questionId ?? null;
  clock.rule = event.data.rule;
  clock.clockId = event.data.clockId;
  clock.holderId = subject.holderId;
  clock.status = 'running';
  clock.open = true;
  clock.dueAt = new Date(event.data.dueAt);
  clock.warnAt = null;
  clock.startedAt = null;
  clock.warnedAt = null;
  clock.breachedAt = null;
  clock.stoppedAt = null;
  clock.recomputations = 0;
  clock.explanation = null;
  return clock;
}

/** A clock's next state from its facts (the one family; old facts are upcast before): pure. A fact for a clock not yet started opens it (defensive). */
export function evolveClockView(current: ClockViewEntity | null, event: ClockEvent): ClockViewEntity {
  const next = current ? Object.assign(new ClockViewEntity(), current) : fresh(event);
  switch (event.type) {
    case 'ClockStarted':
      Object.assign(next, fresh(event));
      next.startedAt = new Date(event.data.startedAt);
      next.warnAt = new Date(event.data.warnAt);
      next.explanation = event.data.explanation;
      return next;
    case 'ClockWarningIssued':
      next.warnedAt = new Date(event.data.warnedAt);
      return next;
    case 'ClockRecomputed':
      next.dueAt = new Date(event.data.dueAt);
      next.recomputations += 1;
      next.explanation = event.data.explanation;
      return next;
    case 'ClockBreached':
      next.breachedAt = new Date(event.data.breachedAt);
      next.status = event.data.metLate ? 'met_late' : next.status === 'met_late' ? 'met_late' : 'breached';
      if (event.data.metLate) next.open = false;
      return next;
    case 'ClockStopped':
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

/** Every clock fact this view folds (old ones arrive upcast: `projectEvent`). */
export const CLOCK_FACT_TYPES: ReadonlySet<string> = new Set<string>(CLOCK_EVENT_TYPES);

export function isClockFact(event: RecordedEvent): event is RecordedEvent<ClockEvent> {
  return CLOCK_FACT_TYPES.has(event.type);
}

export async function projectClockView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!isClockFact(event)) return;
  const clockEvent = event;
  const repository = manager.getRepository(ClockViewEntity);
  const kind = VIEW_KIND[clockEvent.data.subject.kind];
  const current = await repository.findOneBy({ kind, subjectId: clockEvent.data.subject.id, rule: clockEvent.data.rule, clockId: clockEvent.data.clockId });
  await repository.save(evolveClockView(current, clockEvent));
}
