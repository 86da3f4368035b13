import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { projectAwpAccessView } from './awp-access/awp-access-view.projection';
import { projectRequestView } from './my-requests/request-view.projection';

/** Every read model this service keeps; each folds the facts it cares about and ignores the rest. */
const projections: ReadonlyArray<(manager: EntityManager, event: RecordedEvent) => Promise<void>> = [projectRequestView, projectAwpAccessView];

/** Tables a rebuild empties before replaying the store. */
export const PROJECTED_TABLES = ['read_models.request_views', 'read_models.awp_access_views'];

export async function projectEvent(manager: EntityManager, event: RecordedEvent): Promise<void> {
  for (const project of projections) await project(manager, event);
}
