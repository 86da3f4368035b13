import type { DomainEvent, EventMetadata, EventToAppend } from '@od/contracts';
import type { GlobalPosition } from './global-position';

/**
 * The source of truth. One interface, two adapters: PostgreSQL (here) and KurrentDB (for deployments
 * that run one). Both must pass `runEventStoreContract` in `contract-suite/`.
 *
 * Stream versions count events: a new stream is at version 0, its first event is version 1.
 */
export interface EventStore {
  appendToStream(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Every event in the global order, after `fromPosition` (exclusive). */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from `fromPosition` (exclusive), then follows new events live, in the same order as `readAll`. */
  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription;
  close(): Promise<void>;
}

/** `no_stream`: the stream must not exist; `stream_exists`: it must; a number: it must be at exactly that version. */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as `expectedVersion` to append next. */
  readonly nextExpectedVersion: number;
  /** The global position of the last event appended. */
  readonly lastPosition: GlobalPosition;
  /** True when these event ids were already in the stream: nothing was written, the first result is returned. */
  readonly alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  /** Inclusive stream version to start at; defaults to the first (forwards) or last (backwards) event. */
  readonly from?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  readonly fromPosition?: GlobalPosition;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  readonly fromPosition?: GlobalPosition;
  /** Events fetched per round trip while catching up. */
  readonly batchSize?: number;
}

export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  /** Ends the iteration; a pending `next()` resolves as done. */
  close(): Promise<void>;
}

export type RecordedEvent<E extends DomainEvent = DomainEvent> = E & {
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: GlobalPosition;
  /** When the store committed it (UTC ISO); `metadata.occurredAt` is when the actor acted. */
  readonly recordedAt: string;
};
