import type { PubAck } from '@nats-io/jetstream';
import { PublishPipeline } from './publish-pipeline';
import { UnrecoverableRelayError } from './relay-errors';

function deferred() {
  let resolve!: (ack: PubAck) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<PubAck>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const fact = (n: number) => ({ position: { transactionId: 100n, sequence: BigInt(n) }, eventId: `e${n}` });
const ack = (seq: number, stream = 'EVENTS'): PubAck => ({ stream, seq, duplicate: false });
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('publish pipeline', () => {
  it('checkpoints only a fact whose predecessors are all acknowledged, whatever order the acks arrive in', async () => {
    const pipeline = new PublishPipeline('EVENTS', 10, () => undefined);
    const acks = [1, 2, 3].map(() => deferred());
    acks.forEach((d, i) => pipeline.add(fact(i + 1), d.promise));

    acks[2].resolve(ack(3));
    acks[1].resolve(ack(2));
    await settle();
    expect(pipeline.lastAcked).toBeUndefined();

    acks[0].resolve(ack(1));
    await settle();
    expect(pipeline.lastAcked?.eventId).toBe('e3');
    expect(pipeline.inFlight).toBe(0);
  });

  it('stops at the first failed publish: later acks never move the checkpoint past the gap', async () => {
    const failures: unknown[] = [];
    const pipeline = new PublishPipeline('EVENTS', 10, (error) => failures.push(error));
    const acks = [1, 2, 3].map(() => deferred());
    acks.forEach((d, i) => pipeline.add(fact(i + 1), d.promise));

    acks[0].resolve(ack(1));
    acks[1].reject(new Error('timeout'));
    acks[2].resolve(ack(3));
    await settle();

    expect(pipeline.lastAcked?.eventId).toBe('e1');
    expect(failures).toEqual([new Error('timeout')]);
    await expect(pipeline.drained()).resolves.toBeUndefined();
  });

  it('treats an ack from another stream as unrecoverable', async () => {
    const pipeline = new PublishPipeline('EVENTS', 10, () => undefined);
    pipeline.add(fact(1), Promise.resolve(ack(1, 'SOMEONE_ELSES')));
    await settle();
    expect(pipeline.failure).toBeInstanceOf(UnrecoverableRelayError);
    expect(pipeline.lastAcked).toBeUndefined();
  });

  it('holds the next publish while the window is full', async () => {
    const pipeline = new PublishPipeline('EVENTS', 2, () => undefined);
    const acks = [1, 2].map(() => deferred());
    acks.forEach((d, i) => pipeline.add(fact(i + 1), d.promise));
    let roomy = false;
    const room = pipeline.hasRoom().then(() => (roomy = true));
    await settle();
    expect(roomy).toBe(false);
    acks[0].resolve(ack(1));
    await room;
    expect(roomy).toBe(true);
  });
});
