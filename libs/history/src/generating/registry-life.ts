import { awpAccessStream, holderStream, type Actor } from '@od/contracts';
import {
  decideAwpAccess,
  decideHolderRegistration,
  evolveAwpAccess,
  initialAwpAccessState,
  initialHolderState,
  systemCommandId,
  type AwpAccessCommand,
} from '@od/domain';
import type { AwpAccessEvent } from '@od/contracts';
import type { HistoryWorld } from './history-world';
import { SeededRandom } from './seeded-random';
import { RecordedFacts } from './subject-facts';

const OPERATOR: Actor = { kind: 'operator', id: 'operator-egov-1' };

/**
 * The start of the history: the holder registry seeded as `npm start` seeds it (`decideHolderRegistration`
 * over `SEEDED_HOLDERS`, the same system command ids as `ensureSeededHolders`), then every staff member's AWP
 * access (C7: applied for by the operator on the agency's paper application, approved, trained) in the first
 * working days.
 */
export function registryLife(world: HistoryWorld): RecordedFacts {
  const random = SeededRandom.forSubject(world.seed, 'registry', 0);
  const out = new RecordedFacts(world.start);
  const now = new Date(world.start);
  for (const holder of world.holders) {
    const commandId = systemCommandId(`holder-registry:seed:${holder.id}`);
    out.command(
      {
        streamId: holderStream(holder.id),
        commandId,
        action: 'RegisterHolder',
        body: holder,
        actor: { kind: 'system', id: 'holder-registry-seed' },
        now,
        holderId: holder.id,
      },
      decideHolderRegistration(holder, now, initialHolderState),
      random.int(5, 50),
    );
  }
  for (const holder of world.holders) {
    for (const member of world.staffOf(holder.id)) {
      const role = member.roles[0];
      const target = { holderId: holder.id, employeeIin: member.iin, role };
      const streamId = awpAccessStream(holder.id, member.iin, role);
      let state = initialAwpAccessState;
      let at = world.workingMoment(random, world.start, random.int(0, 2));
      const step = (command: AwpAccessCommand, action: string, body: unknown) => {
        for (const fact of out.command(
          { streamId, commandId: random.uuid(), action, body, actor: OPERATOR, now: command.now, holderId: holder.id },
          decideAwpAccess(command, state),
          random.int(5, 80),
        )) {
          state = evolveAwpAccess(state, fact as unknown as AwpAccessEvent);
        }
      };
      step({ type: 'ApplyForAwpAccess', data: target, applicant: { kind: 'operator' }, now: new Date(at) }, 'apply-for-awp-access', target);
      at = world.workingMoment(random, at, random.int(1, 3));
      step({ type: 'ApproveAwpAccess', data: target, now: new Date(at) }, 'approve-awp-access', target);
      at = world.workingMoment(random, at, random.int(1, 5));
      // Trained the working day before it is recorded (an Almaty date, never in the future).
      const trainedOn = new Date(at - 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 10);
      const training = { ...target, course: 'AWP basics for agency staff', trainedOn };
      step({ type: 'RecordAwpTraining', data: training, now: new Date(at) }, 'record-awp-training', training);
    }
  }
  return out;
}
