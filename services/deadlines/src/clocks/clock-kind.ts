import type { WorkingCalendar } from '@od/calendar';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { PoolClient } from 'pg';
import type { ClockRow } from './clock-table';

/** A clock fact ready for the store: its stream, deterministic id, holder (metadata) and instant. */
export interface ClockFactToAppend {
  readonly streamId: string;
  readonly eventId: string;
  readonly holderId: string;
  readonly occurredAt: string;
  readonly event: { readonly type: string; readonly schemaVersion: number; readonly data: object };
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
  readonly reason: string;
  /** Part of each recomputation's id: `calendar/<version>`. */
  readonly key: string;
  readonly at: string;
  readonly year: number;
  readonly version: string;
  readonly event: RecordedEvent;
}

/**
 * One kind of clock (request R2–R6, conference C3–C5, survey C3): how its facts start and stop its clocks,
 * how a calendar amendment moves them, and what time does to one of them. Everything else — the table, the
 * fold's transaction, the scheduler's locking, deterministic single-fact appends — is shared.
 */
export interface ClockKind<C = unknown> {
  readonly kind: string;
  /** Stream categories whose facts this kind folds. */
  readonly categories: readonly string[];
  /** One fact of one of its categories, inside the fold's transaction: append the clock facts, save the clocks. */
  onFact(client: PoolClient, event: RecordedEvent, context: FoldContext): Promise<void>;
  /** A new calendar version is in force: count the running clocks again, record the moves. */
  onCalendar(client: PoolClient, amendment: CalendarAmendment, context: FoldContext): Promise<void>;
  row(clock: C): ClockRow<C>;
  /** The scheduler's step: a warning once per due instant, a breach once per clock. */
  scheduled(clock: C, now: Date): { readonly facts: readonly ClockFactToAppend[]; readonly clock: C };
  /** Before a breach: is a fact that stops the clock already in the store (the bus lags it)? */
  stoppedInStore(store: EventStore, clock: C, calendar: WorkingCalendar): Promise<boolean>;
  /** Correlation and causation of the facts the scheduler records for it. */
  cause(clock: C): { readonly correlationId: string; readonly causationId: string };
}
