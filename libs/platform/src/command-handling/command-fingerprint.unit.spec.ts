import { commandFingerprint } from './command-fingerprint';

const citizen = { kind: 'citizen', id: '850505400018' } as const;
const acceptance = { intent: { type: 'AcceptRequest', body: { action: 'accept' } }, target: 'request-1', actor: citizen };

describe('A command fingerprint', () => {
  it('is SHA-256 in hex, the same for the same command whatever the order of its keys', () => {
    const one = commandFingerprint({
      intent: { type: 'RateAnswer', body: { action: 'rate', rating: 'dislike', reason: 'No figures' } },
      target: 'request-1',
      actor: citizen,
    });
    const two = commandFingerprint({
      intent: { type: 'RateAnswer', body: { reason: 'No figures', rating: 'dislike', action: 'rate' } },
      target: 'request-1',
      actor: { id: citizen.id, kind: citizen.kind },
    });
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(one).toBe(two);
  });

  it('differs when the type, the target, the body or the actor differs', () => {
    const first = commandFingerprint(acceptance);
    expect(commandFingerprint({ ...acceptance, intent: { type: 'ReturnRequest', body: { action: 'accept' } } })).not.toBe(first);
    expect(commandFingerprint({ ...acceptance, target: 'request-2' })).not.toBe(first);
    expect(commandFingerprint({ ...acceptance, intent: { type: 'AcceptRequest', body: { action: 'return' } } })).not.toBe(first);
    expect(commandFingerprint({ ...acceptance, actor: { kind: 'citizen', id: '900101300022' } })).not.toBe(first);
    expect(commandFingerprint({ ...acceptance, actor: { kind: 'organisation', id: citizen.id } })).not.toBe(first);
  });

  it('takes only the kind and id of the actor, so how the actor is carried can grow without breaking retries', () => {
    const carriedWithMore = { ...citizen, verifiedBy: 'gateway' } as unknown as typeof citizen;
    expect(commandFingerprint({ ...acceptance, actor: carriedWithMore })).toBe(commandFingerprint(acceptance));
  });
});
