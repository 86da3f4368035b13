import type { AwpAccessEvent } from '@od/contracts';
import { evolveAwpAccess, initialAwpAccessState } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { AwpAccessViewEntity } from './awp-access-view.entity';

const awpEventTypes = new Set<string>(['AwpAccessApplied', 'AwpAccessApproved', 'AwpAccessDenied', 'AwpTrainingRecorded', 'AwpAccessRevoked']);

/** The view follows the same `evolve` as the decisions, so the two never disagree on a status. */
export function evolveAwpAccessView(view: AwpAccessViewEntity | null, event: RecordedEvent<AwpAccessEvent>): AwpAccessViewEntity {
  const state = evolveAwpAccess(view ? { status: view.status as never, trained: view.trained, revocationReason: null } : initialAwpAccessState, event);
  const next = new AwpAccessViewEntity();
  next.holderId = event.data.holderId;
  next.employeeIin = event.data.employeeIin;
  next.role = event.data.role;
  next.status = state.status;
  next.trained = state.trained;
  next.reason = reasonAfter(view?.reason ?? null, event);
  next.updatedAt = new Date(event.metadata.occurredAt);
  return next;
}

/** The denial's or revocation's reason; an approval (a re-approval after a revocation too) clears it. */
function reasonAfter(reason: string | null, event: AwpAccessEvent): string | null {
  if (event.type === 'AwpAccessDenied' || event.type === 'AwpAccessRevoked') return event.data.reason;
  return event.type === 'AwpAccessApproved' ? null : reason;
}

export async function projectAwpAccessView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!awpEventTypes.has(event.type)) return;
  const awpEvent = event as RecordedEvent<AwpAccessEvent>;
  const repository = manager.getRepository(AwpAccessViewEntity);
  const { holderId, employeeIin, role } = awpEvent.data;
  const current = await repository.findOneBy({ holderId, employeeIin, role });
  await repository.save(evolveAwpAccessView(current, awpEvent));
}
