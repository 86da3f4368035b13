import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { awpAccessStream, commandSubject, type AwpAccessCommandMessage, type CommandReply, type Verified } from '@od/contracts';
import { decideAwpAccess, evolveAwpAccess, initialAwpAccessState, type AwpAccessCommand, type AwpApplicant } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, clientCommandEnvelope, EVENT_STORE, handleCommand, holderIsRegistered, readPlatformConfig, type Clock } from '@od/platform';

function toCommand(message: Verified<AwpAccessCommandMessage>, now: Date, applicant: AwpApplicant): AwpAccessCommand {
  const { data } = message;
  const target = { holderId: data.holderId, employeeIin: data.employeeIin, role: data.role };
  switch (data.action) {
    case 'apply':
      return { type: 'ApplyForAwpAccess', data: target, applicant, now };
    case 'approve':
      return { type: 'ApproveAwpAccess', data: target, now };
    case 'deny':
      return { type: 'DenyAwpAccess', data: { ...target, reason: data.reason }, now };
    case 'record_training':
      return { type: 'RecordAwpTraining', data: { ...target, course: data.course, trainedOn: data.trainedOn }, now };
    case 'revoke':
      return { type: 'RevokeAwpAccess', data: { ...target, reason: data.reason }, now };
    default: {
      const unknownAction: never = data;
      return unknownAction;
    }
  }
}

@Controller()
export class AwpAccessHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'access', 'awp-access'))
  async handle(@Payload() message: Verified<AwpAccessCommandMessage>): Promise<CommandReply<{ readonly position: string }>> {
    if (message.data.action === 'apply' && !(await holderIsRegistered(this.store, message.data.holderId))) {
      return { ok: false, rejection: { code: 'holder_unknown', field: 'holderId', message: `No information holder has the id "${message.data.holderId}"` } };
    }
    const applicant = await this.applicantOf(message);
    if (!applicant) {
      return { ok: false, rejection: { code: 'awp_applicant_not_allowed', rule: 'C7', message: 'Only the operator or the holder’s administrator or access-to-information officer may apply for AWP access' } };
    }
    const now = this.clock.now();
    const command = toCommand(message, now, applicant);
    const outcome = await handleCommand(this.store, {
      streamId: awpAccessStream(message.data.holderId, message.data.employeeIin, message.data.role),
      expected: command.type === 'ApplyForAwpAccess' ? 'any' : 'existing',
      initialState: initialAwpAccessState,
      evolve: evolveAwpAccess,
      decide: (state) => decideAwpAccess(command, state),
      command: clientCommandEnvelope(message, now, command.type),
      holderId: message.data.holderId,
    });
    return outcome.ok ? { ok: true, position: outcome.position } : outcome;
  }

  /**
   * C7: who applies, with the AWP roles a staff applicant may use right now as this service's store has them
   * (null: nobody who may apply). Only an application is decided on its applicant; who may approve, deny,
   * record training or revoke is the gateway's access policy.
   */
  private async applicantOf(message: Verified<AwpAccessCommandMessage>): Promise<AwpApplicant | null> {
    if (message.data.action !== 'apply' || message.actor.kind === 'operator') return { kind: 'operator' };
    const { iin } = message.account;
    const { holderId } = message.staff;
    if (message.actor.kind !== 'staff' || !iin || !holderId) return null;
    // The verified caller's staff roles are already the ones active in this service's store.
    return { kind: 'staff', iin, holderId, activeRoles: message.staff.staffRoles };
  }
}
