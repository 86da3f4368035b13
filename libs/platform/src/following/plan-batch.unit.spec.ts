import { parsePosition, START_POSITION } from '@od/event-store';
import type { Checkpoint } from './checkpoint-store';
import { planBatch } from './plan-batch';

const fact = (position: string, streamSequence: number) => ({ event: { position: parsePosition(position) }, streamSequence });
const foreign = (streamSequence: number) => ({ foreign: 'no Nats-Msg-Id header', streamSequence });
const at = (position: string, streamSequence: number | null): Checkpoint => ({ position: parsePosition(position), streamSequence });

describe('planBatch: which delivered facts a follower folds after its checkpoint', () => {
  it('given a fresh checkpoint, folds the facts from stream sequence 1 in order', () => {
    const plan = planBatch({ position: START_POSITION, streamSequence: 0 }, [fact('10:1', 1), fact('10:2', 2)]);
    expect(plan).toEqual({ toFold: [fact('10:1', 1), fact('10:2', 2)], parked: [], settled: 2, stoppedAtGap: false, checkpoint: at('10:2', 2) });
  });

  it('settles a redelivered fact without folding it again', () => {
    const plan = planBatch(at('10:2', 2), [fact('10:2', 2), fact('11:1', 3)]);
    expect(plan).toEqual({ toFold: [fact('11:1', 3)], parked: [], settled: 2, stoppedAtGap: false, checkpoint: at('11:1', 3) });
  });

  it('stops before a fact that comes after a missing one, so that no fact is ever skipped', () => {
    const plan = planBatch(at('10:2', 2), [fact('11:1', 3), fact('12:1', 5), fact('12:2', 6)]);
    expect(plan).toEqual({ toFold: [fact('11:1', 3)], parked: [], settled: 1, stoppedAtGap: true, checkpoint: at('11:1', 3) });
  });

  it('after a rebuild (sequence unknown) folds the next fact and learns its sequence', () => {
    const plan = planBatch(at('10:2', null), [fact('11:1', 40), fact('11:2', 42)]);
    expect(plan).toEqual({ toFold: [fact('11:1', 40)], parked: [], settled: 1, stoppedAtGap: true, checkpoint: at('11:1', 40) });
  });

  it('parks a foreign message in its place and goes on folding the facts after it', () => {
    const plan = planBatch(at('10:2', 2), [fact('11:1', 3), foreign(4), fact('12:1', 5)]);
    expect(plan).toEqual({ toFold: [fact('11:1', 3), fact('12:1', 5)], parked: [foreign(4)], settled: 3, stoppedAtGap: false, checkpoint: at('12:1', 5) });
  });

  it('advances past the same fact published twice, instead of waiting at it for ever', () => {
    const plan = planBatch(at('11:1', 3), [fact('11:1', 4), fact('12:1', 5)]);
    expect(plan).toEqual({ toFold: [fact('12:1', 5)], parked: [], settled: 2, stoppedAtGap: false, checkpoint: at('12:1', 5) });
  });

  it('does not settle a duplicate that comes after a missing message: it waits its turn', () => {
    const plan = planBatch(at('11:1', 3), [fact('10:1', 5)]);
    expect(plan).toEqual({ toFold: [], parked: [], settled: 0, stoppedAtGap: true, checkpoint: at('11:1', 3) });
  });
});
