/**
 * The behaviour every EventStore adapter must have. Run it from an adapter's spec:
 *
 *   runEventStoreContract('PostgreSQL', async () => ({ store, cleanup: () => store.close() }));
 *
 * `makeStore` is called once per suite (and once more by the test of `close`); every test writes to its own
 * fresh streams, so the store may already hold events. `cleanup` closes the store and frees what it made.
 */
import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@od/contracts';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { AppendResult, EventStore, EventSubscription, ExpectedVersion, RecordedEvent } from '../event-store';
import { comparePositions, START_POSITION, type GlobalPosition } from '../global-position';

export interface ContractStore {
  readonly store: EventStore;
  cleanup(): Promise<void>;
}

/** Long enough for a subscription to wait out a poll interval or two, and for readAll to see a commit. */
const SETTLE_MS = 10_000;

export function runEventStoreContract(name: string, makeStore: () => Promise<ContractStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let made: ContractStore;
    let store: EventStore;

    beforeAll(async () => {
      made = await makeStore();
      store = made.store;
    });

    afterAll(async () => {
      await made?.cleanup();
    });

    describe('appending and reading a stream', () => {
      it('numbers a new stream from version 1 and reads back exactly what was written', async () => {
        const streamId = aStreamId();
        const written = [anEvent({ n: 1 }), anEvent({ n: 2 }), anEvent({ n: 3 })];

        const result = await store.appendToStream(streamId, written, { expectedVersion: 'no_stream' });

        expect(result.nextExpectedVersion).toBe(3);
        expect(result.alreadyAppended).toBe(false);
        const read = await store.readStream(streamId);
        expect(read.map(withoutStoreFields)).toEqual(written);
        expect(read.map((event) => event.streamVersion)).toEqual([1, 2, 3]);
        expect(read.every((event) => event.streamId === streamId)).toBe(true);
        expect(comparePositions(read[2].position, result.lastPosition)).toBe(0);
        expectIncreasingPositions(read);
        for (const event of read) expect(new Date(event.recordedAt).toISOString()).toBe(event.recordedAt);
      });

      it('continues the version count across appends', async () => {
        const streamId = aStreamId();
        const first = await store.appendToStream(streamId, [anEvent(), anEvent()]);
        const second = await store.appendToStream(streamId, [anEvent()], { expectedVersion: first.nextExpectedVersion });

        expect(second.nextExpectedVersion).toBe(3);
        expect(comparePositions(second.lastPosition, first.lastPosition)).toBe(1);
        expect((await store.readStream(streamId)).map((event) => event.streamVersion)).toEqual([1, 2, 3]);
      });

      it('reads a stream that was never written as empty', async () => {
        expect(await store.readStream(aStreamId())).toEqual([]);
      });

      it('keeps streams apart', async () => {
        const a = aStreamId();
        const b = aStreamId();
        await store.appendToStream(a, [anEvent({ stream: 'a' })]);
        await store.appendToStream(b, [anEvent({ stream: 'b' }), anEvent({ stream: 'b' })]);

        expect((await store.readStream(a)).map((event) => event.data)).toEqual([{ stream: 'a' }]);
        expect((await store.readStream(b)).map((event) => event.data)).toEqual([{ stream: 'b' }, { stream: 'b' }]);
      });

      it('an empty append writes nothing and still checks the expected version', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, [anEvent(), anEvent()]);

        const result = await store.appendToStream(streamId, [], { expectedVersion: 2 });

        expect(result.nextExpectedVersion).toBe(2);
        await expectWrongVersion(store.appendToStream(streamId, [], { expectedVersion: 1 }), streamId, 1, 2);
        expect(await store.readStream(streamId)).toHaveLength(2);
      });
    });

    describe('expected version', () => {
      const accepted: Array<[string, number, ExpectedVersion]> = [
        ["'any' on a new stream", 0, 'any'],
        ["'any' on an existing stream", 2, 'any'],
        ["'no_stream' on a new stream", 0, 'no_stream'],
        ["'stream_exists' on an existing stream", 2, 'stream_exists'],
        ['0 on a new stream', 0, 0],
        ['the current version of an existing stream', 2, 2],
      ];
      it.each(accepted)('accepts %s', async (_case, existing, expectedVersion) => {
        const streamId = await aStreamWith(store, existing);

        const result = await store.appendToStream(streamId, [anEvent()], { expectedVersion });

        expect(result.nextExpectedVersion).toBe(existing + 1);
        expect(await store.readStream(streamId)).toHaveLength(existing + 1);
      });

      const refused: Array<[string, number, ExpectedVersion]> = [
        ["'no_stream' on an existing stream", 2, 'no_stream'],
        ["'stream_exists' on a new stream", 0, 'stream_exists'],
        ['a version on a new stream', 0, 1],
        ['0 on an existing stream', 2, 0],
        ['a version behind the stream (someone acted first)', 3, 2],
        ['a version ahead of the stream', 2, 5],
      ];
      it.each(refused)('refuses %s, reports the actual version and writes nothing', async (_case, existing, expectedVersion) => {
        const streamId = await aStreamWith(store, existing);

        await expectWrongVersion(store.appendToStream(streamId, [anEvent()], { expectedVersion }), streamId, expectedVersion, existing);

        expect(await store.readStream(streamId)).toHaveLength(existing);
      });

      it('lets exactly one of several writers with the same expected version win', async () => {
        const streamId = await aStreamWith(store, 1);

        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, () => store.appendToStream(streamId, [anEvent(), anEvent()], { expectedVersion: 1 })),
        );

        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        expect(won).toHaveLength(1);
        for (const outcome of lost) {
          expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
          expect((outcome.reason as WrongExpectedVersionError).actual).toBe(3);
        }
        expect((await store.readStream(streamId)).map((event) => event.streamVersion)).toEqual([1, 2, 3]);
      });

      it('serialises concurrent writers of one stream without losing or doubling a version', async () => {
        const streamId = aStreamId();

        await Promise.all(Array.from({ length: 8 }, () => store.appendToStream(streamId, [anEvent(), anEvent()])));

        expect((await store.readStream(streamId)).map((event) => event.streamVersion)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
      });
    });

    describe('retried appends (same event ids, same stream)', () => {
      it('returns the first result and writes nothing', async () => {
        const streamId = aStreamId();
        const events = [anEvent(), anEvent()];
        const first = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });

        const retry = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });

        expect(retry).toEqual({ ...first, alreadyAppended: true });
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('returns the first result even after the stream moved on, whatever expected version the retry carries', async () => {
        const streamId = await aStreamWith(store, 1);
        const events = [anEvent()];
        const first = await store.appendToStream(streamId, events, { expectedVersion: 1 });
        await store.appendToStream(streamId, [anEvent(), anEvent()], { expectedVersion: 2 });

        for (const expectedVersion of [1, 'any', 'stream_exists'] as const) {
          const retry = await store.appendToStream(streamId, events, { expectedVersion });
          expect(retry).toEqual({ ...first, alreadyAppended: true });
        }
        expect(await store.readStream(streamId)).toHaveLength(4);
      });

      it('writes once when a retry races the original, and both get the same result', async () => {
        for (let round = 0; round < 5; round++) {
          const streamId = aStreamId();
          const events = [anEvent(), anEvent(), anEvent()];

          const [a, b] = await Promise.all([
            store.appendToStream(streamId, events, { expectedVersion: 'no_stream' }),
            store.appendToStream(streamId, events, { expectedVersion: 'no_stream' }),
          ]);

          expect([a.alreadyAppended, b.alreadyAppended].sort()).toEqual([false, true]);
          expect(a.nextExpectedVersion).toBe(3);
          expect(b.nextExpectedVersion).toBe(3);
          expect(comparePositions(a.lastPosition, b.lastPosition)).toBe(0);
          expect(await store.readStream(streamId)).toHaveLength(3);
        }
      });

      it('refuses an append that reuses only some of an earlier append’s event ids', async () => {
        const streamId = aStreamId();
        const [kept, fresh] = [anEvent(), anEvent()];
        await store.appendToStream(streamId, [kept]);

        await expect(store.appendToStream(streamId, [kept, fresh])).rejects.toBeInstanceOf(DuplicateEventIdError);

        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('refuses event ids already stored in another stream', async () => {
        const event = anEvent();
        await store.appendToStream(aStreamId(), [event]);
        const other = aStreamId();

        await expect(store.appendToStream(other, [event])).rejects.toBeInstanceOf(DuplicateEventIdError);

        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('readStream options', () => {
      let streamId: string;
      const versions = (events: RecordedEvent[]): number[] => events.map((event) => event.streamVersion);

      beforeAll(async () => {
        streamId = await aStreamWith(store, 6);
      });

      it('reads forwards from the first event by default', async () => {
        expect(versions(await store.readStream(streamId))).toEqual([1, 2, 3, 4, 5, 6]);
        expect(versions(await store.readStream(streamId, { direction: 'forwards' }))).toEqual([1, 2, 3, 4, 5, 6]);
      });

      it('reads backwards from the last event', async () => {
        expect(versions(await store.readStream(streamId, { direction: 'backwards' }))).toEqual([6, 5, 4, 3, 2, 1]);
      });

      it('starts at `from`, inclusive, in either direction', async () => {
        expect(versions(await store.readStream(streamId, { from: 4 }))).toEqual([4, 5, 6]);
        expect(versions(await store.readStream(streamId, { from: 4, direction: 'backwards' }))).toEqual([4, 3, 2, 1]);
      });

      it('stops after maxCount events', async () => {
        expect(versions(await store.readStream(streamId, { maxCount: 2 }))).toEqual([1, 2]);
        expect(versions(await store.readStream(streamId, { from: 3, maxCount: 2 }))).toEqual([3, 4]);
        expect(versions(await store.readStream(streamId, { direction: 'backwards', maxCount: 2 }))).toEqual([6, 5]);
        expect(versions(await store.readStream(streamId, { from: 2, direction: 'backwards', maxCount: 5 }))).toEqual([2, 1]);
      });

      it('reads nothing past either end', async () => {
        expect(await store.readStream(streamId, { from: 7 })).toEqual([]);
        expect(await store.readStream(streamId, { from: 0, direction: 'backwards' })).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('returns events of all streams in the order they were appended, positions strictly increasing', async () => {
        const start = await aStartPosition(store);
        const a = aStreamId();
        const b = aStreamId();
        const appended: EventToAppend[] = [];
        let last: AppendResult | undefined;
        for (const [streamId, count] of [
          [a, 2],
          [b, 1],
          [a, 3],
          [b, 2],
        ] as const) {
          const events = Array.from({ length: count }, () => anEvent());
          last = await store.appendToStream(streamId, events);
          appended.push(...events);
        }

        const read = (await readAllUntil(store, start, last!.lastPosition)).filter((event) => [a, b].includes(event.streamId));

        expect(read.map((event) => event.metadata.eventId)).toEqual(appended.map((event) => event.metadata.eventId));
        expectIncreasingPositions(read);
        expect(read.filter((event) => event.streamId === a).map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5]);
      });

      it('starts after fromPosition (exclusive) and stops after maxCount', async () => {
        const start = await aStartPosition(store);
        const streamId = aStreamId();
        const { lastPosition } = await store.appendToStream(
          streamId,
          Array.from({ length: 5 }, () => anEvent()),
        );
        const all = (await readAllUntil(store, start, lastPosition)).filter((event) => event.streamId === streamId);
        expect(all).toHaveLength(5);

        const after2 = await store.readAll({ fromPosition: all[1].position });
        expect(after2.filter((event) => event.streamId === streamId).map((event) => event.streamVersion)).toEqual([3, 4, 5]);
        expect(after2.every((event) => comparePositions(event.position, all[1].position) > 0)).toBe(true);

        const two = await store.readAll({ fromPosition: all[0].position, maxCount: 2 });
        expect(two.map((event) => event.streamVersion)).toEqual([2, 3]);

        expect(await store.readAll({ fromPosition: all[4].position })).toEqual([]);
      });

      it('reads from the start of the store by default', async () => {
        const { lastPosition } = await store.appendToStream(aStreamId(), [anEvent()]);
        const fromStart = await readAllUntil(store, START_POSITION, lastPosition);

        expect(await store.readAll()).toEqual(fromStart);
        expect(fromStart.length).toBeGreaterThan(1);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up from a position in batches, then follows new events live, in readAll order', async () => {
        const start = await aStartPosition(store);
        const streamId = aStreamId();
        await store.appendToStream(
          streamId,
          Array.from({ length: 7 }, (_, n) => anEvent({ n })),
        );
        const subscription = store.subscribeToAll({ fromPosition: start, batchSize: 2 });
        try {
          const caughtUp = await take(subscription, 7);
          expect(caughtUp.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7]);
          expect(caughtUp.map((event) => event.streamId)).toEqual(Array(7).fill(streamId));

          const live = [anEvent({ live: 1 }), anEvent({ live: 2 })];
          const other = aStreamId();
          await store.appendToStream(other, live.slice(0, 1));
          const { lastPosition } = await store.appendToStream(streamId, live.slice(1));
          const followed = await take(subscription, 2);

          expect(followed.map((event) => event.data)).toEqual([{ live: 1 }, { live: 2 }]);
          expect(followed.map(withoutStoreFields)).toEqual(live);
          const readAllOrder = await readAllUntil(store, start, lastPosition);
          expect([...caughtUp, ...followed]).toEqual(readAllOrder);
        } finally {
          await subscription.close();
        }
      });

      it('starts after fromPosition, exclusive', async () => {
        const streamId = aStreamId();
        const first = await store.appendToStream(streamId, [anEvent()]);
        await store.appendToStream(streamId, [anEvent()]);
        const subscription = store.subscribeToAll({ fromPosition: first.lastPosition });
        try {
          const [next] = await take(subscription, 1);
          expect(next.streamId).toBe(streamId);
          expect(next.streamVersion).toBe(2);
        } finally {
          await subscription.close();
        }
      });

      it('close() ends the iteration: a pending next() resolves as done', async () => {
        const { lastPosition } = await store.appendToStream(aStreamId(), [anEvent()]);
        await readAllUntil(store, START_POSITION, lastPosition);
        const subscription = store.subscribeToAll({ fromPosition: lastPosition });
        const iterator = subscription[Symbol.asyncIterator]();

        const pending = iterator.next();
        await new Promise((resolve) => setTimeout(resolve, 100));
        await subscription.close();

        await expect(withTimeout(pending, SETTLE_MS, 'pending next() after close')).resolves.toEqual({ done: true, value: undefined });
        await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
      });

      it('ends when the consumer breaks out of for-await', async () => {
        const streamId = aStreamId();
        const start = await aStartPosition(store);
        await store.appendToStream(streamId, [anEvent(), anEvent(), anEvent()]);
        const subscription = store.subscribeToAll({ fromPosition: start });
        const seen: RecordedEvent[] = [];

        for await (const event of subscription) {
          seen.push(event);
          if (seen.length === 2) break;
        }

        expect(seen.map((event) => event.streamVersion)).toEqual([1, 2]);
        await expect(subscription[Symbol.asyncIterator]().next()).resolves.toEqual({ done: true, value: undefined });
        await subscription.close();
      });
    });

    describe('close', () => {
      it('ends open subscriptions and refuses further use', async () => {
        const own = await makeStore();
        try {
          const { lastPosition } = await own.store.appendToStream(aStreamId(), [anEvent()]);
          const subscription = own.store.subscribeToAll({ fromPosition: lastPosition });
          const pending = subscription[Symbol.asyncIterator]().next();
          await new Promise((resolve) => setTimeout(resolve, 100));

          await own.store.close();

          await expect(withTimeout(pending, SETTLE_MS, 'subscription end on store close')).resolves.toEqual({
            done: true,
            value: undefined,
          });
          await expect(own.store.appendToStream(aStreamId(), [anEvent()])).rejects.toThrow();
        } finally {
          await own.cleanup();
        }
      });
    });
  });
}

// ---- builders and helpers ----

let streamCounter = 0;

/** A stream id no other test (or run) uses. */
export function aStreamId(category = 'contract'): string {
  streamCounter += 1;
  return `${category}-${randomUUID()}-${streamCounter}`;
}

export function anEvent(data: Record<string, unknown> = {}, type = 'ContractChecked'): EventToAppend {
  const id = randomUUID();
  return {
    type,
    schemaVersion: 1,
    data,
    metadata: {
      eventId: id,
      commandId: randomUUID(),
      correlationId: id,
      causationId: id,
      actor: { kind: 'system', id: 'event-store-contract' },
      occurredAt: '2025-01-15T09:30:00.000Z',
    },
  };
}

async function aStreamWith(store: EventStore, count: number): Promise<string> {
  const streamId = aStreamId();
  if (count > 0)
    await store.appendToStream(
      streamId,
      Array.from({ length: count }, (_, n) => anEvent({ n })),
    );
  return streamId;
}

/** A position after everything in the store so far (the position of a freshly appended marker event). */
async function aStartPosition(store: EventStore): Promise<GlobalPosition> {
  const { lastPosition } = await store.appendToStream(aStreamId('marker'), [anEvent({}, 'MarkerPlaced')]);
  await readAllUntil(store, START_POSITION, lastPosition);
  return lastPosition;
}

function withoutStoreFields(event: RecordedEvent): EventToAppend {
  return { type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata };
}

function expectIncreasingPositions(events: readonly RecordedEvent[]): void {
  for (let index = 1; index < events.length; index++) {
    expect(comparePositions(events[index - 1].position, events[index].position)).toBe(-1);
  }
}

async function expectWrongVersion(append: Promise<AppendResult>, streamId: string, expected: ExpectedVersion, actual: number): Promise<void> {
  const error = await append.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject({ streamId, expected, actual });
}

/**
 * readAll from `from` until it includes `until`. An adapter may make a commit visible to readAll a moment
 * later than to readStream (PostgreSQL does, while an older transaction is still running).
 */
async function readAllUntil(store: EventStore, from: GlobalPosition, until: GlobalPosition): Promise<RecordedEvent[]> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const events = await store.readAll({ fromPosition: from });
    const last = events.at(-1);
    if (last && comparePositions(last.position, until) >= 0) return events;
    if (Date.now() > deadline) throw new Error(`readAll did not reach the appended events within ${SETTLE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function take(subscription: EventSubscription, count: number): Promise<RecordedEvent[]> {
  const iterator = subscription[Symbol.asyncIterator]();
  const taken: RecordedEvent[] = [];
  while (taken.length < count) {
    const next = await withTimeout(iterator.next(), SETTLE_MS, `event ${taken.length + 1} of ${count} from the subscription`);
    if (next.done) throw new Error(`The subscription ended after ${taken.length} of ${count} events`);
    taken.push(next.value);
  }
  return taken;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
