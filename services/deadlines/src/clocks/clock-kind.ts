import type { WorkingCalendar } from '@od/calendar';
import type { ClockEvent } from '@od/contracts';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { PoolClient } from 'pg';
import type { ClockRow } from './clock-table';

/** A clock fact ready for the store: its stream, deterministic id, holder (metadata) and instant. */
export interface ClockFactToAppend {
  readonly streamId: string;
  readonly eventId: string;
  readonly holderId: string;
  readonly occurredAt: string;
  readonly event: ClockEvent;
}

export interface FoldContext {
  readonly store: EventStore;
  readonly warningWorkingDays: number;
  /** The calendar in force; a CalendarYearPublished replaces it. */
  calendar: WorkingCalendar;
  readonly log: { warn(message: string): void };
}

/** A calendar version the fold has just put in force (`context.calendar` already holds it). */
export interface CalendarAmendment {
  readonly type: 'CalendarAmended';
  readonly reason: string;
  /** Part of each recomputation's id: `calendar/<version>`. */
  readonly key: string;
  readonly at: string;
  readonly event: RecordedEvent;
}

/**
 * What the fold and the scheduler need of a kind of clock; every kind is the one engine over its table
 * (`engine-clock-kind.ts`). Clocks are given as stored in `deadlines.clocks` (old rows in their old shape):
 * the kind reads them.
 */
export interface ClockKind {
  readonly kind: string;
  /** Stream categories whose facts this kind folds. */
  readonly categories: readonly string[];
  /** One fact of one of its categories, inside the fold's transaction: append the clock facts, save the clocks. */
  onFact(client: PoolClient, event: RecordedEvent, context: FoldContext): Promise<void>;
  /** A new calendar version is in force: count the running clocks again, record the moves. */
  onCalendar(client: PoolClient, amendment: CalendarAmendment, context: FoldContext): Promise<void>;
  /** The scheduler's step for one stored clock: a warning once per due instant, a breach once per clock. */
  scheduled(stored: unknown, now: Date): { readonly facts: readonly ClockFactToAppend[]; readonly row: ClockRow; readonly breach: boolean };
  /** Before a breach: is a fact that stops the clock already in the store (the bus lags it)? */
  stoppedInStore(store: EventStore, stored: unknown, calendar: WorkingCalendar): Promise<boolean>;
  /** Correlation and causation of the facts the scheduler records for it. */
  cause(stored: unknown): { readonly correlationId: string; readonly causationId: string };
}
