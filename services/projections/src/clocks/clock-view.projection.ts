import type { DeadlineEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { ClockViewEntity } from './clock-view.entity';

export const DEADLINE_EVENT_TYPES: ReadonlySet<string> = new Set<DeadlineEvent['type']>([
  'DeadlineStarted',
  'DeadlineStopped',
  'DeadlineWarningIssued',
  'DeadlineBreached',
  'DeadlineRecomputed',
]);

function fresh(event: RecordedEvent<DeadlineEvent>): ClockViewEntity {
  const clock = new ClockViewEntity();
  clock.requestId = event.data.requestId;
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
export function evolveClockView(current: ClockViewEntity | null, event: RecordedEvent<DeadlineEvent>): ClockViewEntity {
  const next = current ? Object.assign(new ClockViewEntity(), current) : fresh(event);
  switch (event.type) {
    case 'DeadlineStarted':
      Object.assign(next, fresh(event));
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
  if (!DEADLINE_EVENT_TYPES.has(event.type)) return;
  const clockEvent = event as RecordedEvent<DeadlineEvent>;
  const repository = manager.getRepository(ClockViewEntity);
  const { requestId, rule, clockId } = clockEvent.data;
  const current = await repository.findOneBy({ requestId, rule, clockId });
  await repository.save(evolveClockView(current, clockEvent));
}
