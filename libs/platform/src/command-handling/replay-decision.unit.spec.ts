import type { EventMetadata } from '@od/contracts';
import { decideReplay } from './replay-decision';

const X = '3f2b8c1e-9a4d-4e7f-8b21-6c0d5e9f1a73';

function aFact(metadata: Partial<EventMetadata>, streamVersion = 1) {
  return {
    streamVersion,
    metadata: {
      eventId: `e-${streamVersion}`,
      commandId: 'another',
      correlationId: 'c',
      causationId: 'c',
      actor: { kind: 'staff', id: 'staff-1' },
      occurredAt: '2026-01-01T00:00:00Z',
      ...metadata,
    } as EventMetadata,
  };
}

describe('Replaying a command id', () => {
  it('given no fact of the command id, when it comes, then it is decided', () => {
    expect(decideReplay([aFact({ commandId: 'other', commandFingerprint: 'a' })], X, 'a')).toEqual({ kind: 'new' });
  });

  it('given a fact of command X, when command X comes again, then it replays with its last fact', () => {
    const history = [
      aFact({ commandId: 'first', commandFingerprint: 'f0' }, 1),
      aFact({ commandId: X, commandFingerprint: 'fx' }, 2),
      aFact({ commandId: X, commandFingerprint: 'fx' }, 3),
    ];
    expect(decideReplay(history, X, 'fx')).toEqual({ kind: 'replay', last: history[2] });
  });

  it('given a fact of command X, when another body, action or actor comes with the same id, then the id is reused', () => {
    expect(decideReplay([aFact({ commandId: X, commandFingerprint: 'fx' })], X, 'another fingerprint')).toEqual({ kind: 'reused' });
  });

  it('given a fact stored with the id in upper case, when it comes in lower case, then it is the same id', () => {
    const history = [aFact({ commandId: X.toUpperCase(), commandFingerprint: 'fx' })];
    expect(decideReplay(history, X, 'fx')).toEqual({ kind: 'replay', last: history[0] });
    expect(decideReplay(history, X, 'fy')).toEqual({ kind: 'reused' });
  });

  it('given a fact stored before fingerprints existed, when its command id comes again, then it replays as it always did', () => {
    const history = [aFact({ commandId: X })];
    expect(decideReplay(history, X, 'whatever it is now')).toEqual({ kind: 'replay', last: history[0] });
  });
});
