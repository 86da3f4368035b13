import type { AwpAccessEvent } from '@od/contracts';
import { evolveAwpAccess, initialAwpAccessState } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { AwpAccessViewEntity } from './awp-access-view.entity';

const awpEventTypes = new Set<string>(['AwpAccessApplied', 'AwpAccessApproved', 'AwpAccessDenied', 'AwpTrainingRecorded', 'AwpAccessRevoked']);

/** The view follows the same `evolve` as the decisions, so the two never disagree on a status. */
export function evolveAwpAccessView(view: AwpAccessViewEntity | null, event: RecordedEvent<AwpAccessEvent>): AwpAccessViewEntity {
  const state = evolveAwpAccess(view ? { status: view.status as never, trained: view.trained } : initialAwpAccessState, event);
  const next = new AwpAccessViewEntity();
  next.holderId = event.data.holderId;
  next.employeeIin = event.data.employeeIin;
  next.role = event.data.role;
  next.status = state.status;
  next.trained = state.trained;
  next.reason = event.type === 'AwpAccessDenied' || event.type === 'AwpAccessRevoked' ? event.data.reason : (view?.reason ?? null);
  next.updatedAt = new Date(event.metadata.occurredAt);
  return next;
}

export async function projectAwpAccessView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!awpEventTypes.has(event.type)) return;
  const awpEvent = event as RecordedEvent<AwpAccessEvent>;
  const repository = manager.getRepository(AwpAccessViewEntity);
  const { holderId, employeeIin, role } = awpEvent.data;
  const current = await repository.findOneBy({ holderId, employeeIin, role });
  await repository.save(evolveAwpAccessView(current, awpEvent));
}
