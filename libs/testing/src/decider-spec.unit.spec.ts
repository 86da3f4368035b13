import { deciderSpec } from './decider-spec';

type Command = { readonly type: 'Open' } | { readonly type: 'Close'; readonly reason: string };
type Event = { readonly type: 'Opened' } | { readonly type: 'Closed' };
type Result = { ok: true; events: Event[] } | { ok: false; rejection: { code: string; message: string; rule?: string; field?: string } };

const door = deciderSpec<Command, Event, boolean, Result>({
  initialState: false,
  evolve: (_open, event) => event.type === 'Opened',
  decide: (command, open) => {
    if (command.type === 'Open')
      return open ? { ok: false, rejection: { code: 'already_open', rule: 'D1', message: 'The door is open' } } : { ok: true, events: [{ type: 'Opened' }] };
    if (!command.reason) return { ok: false, rejection: { code: 'reason_required', field: 'reason', message: 'Say why' } };
    return { ok: true, events: [{ type: 'Closed' }] };
  },
});

describe('thenRejects pins the code and the rule, not the wording', () => {
  it('passes on the code and rule (and field when given)', () => {
    door.given({ type: 'Opened' }).when({ type: 'Open' }).thenRejects('already_open', 'D1');
    door.given({ type: 'Opened' }).when({ type: 'Close', reason: '' }).thenRejects('reason_required', undefined, { field: 'reason' });
  });

  it('fails on another code, another rule, a rule where none is, another field, or an acceptance', () => {
    expect(() => door.given({ type: 'Opened' }).when({ type: 'Open' }).thenRejects('door_locked', 'D1')).toThrow();
    expect(() => door.given({ type: 'Opened' }).when({ type: 'Open' }).thenRejects('already_open', 'D2')).toThrow();
    expect(() => door.given({ type: 'Opened' }).when({ type: 'Close', reason: '' }).thenRejects('reason_required', 'D1')).toThrow();
    expect(() => door.given({ type: 'Opened' }).when({ type: 'Close', reason: '' }).thenRejects('reason_required', undefined, { field: 'text' })).toThrow();
    expect(() => door.given().when({ type: 'Open' }).thenRejects('already_open', 'D1')).toThrow('expected a rejection');
  });
});
