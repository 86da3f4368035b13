import type { AwpAccessEvent, StaffRole } from '@od/contracts';
import { evolveAwpAccess, initialAwpAccessState, type AwpAccessState } from '@od/domain';
import type { Pool, PoolClient } from 'pg';

/** The facts of an `awpaccess-…` stream (C7). */
export const AWP_ACCESS_EVENT_TYPES: ReadonlySet<string> = new Set<AwpAccessEvent['type']>([
  'AwpAccessApplied',
  'AwpAccessApproved',
  'AwpAccessDenied',
  'AwpTrainingRecorded',
  'AwpAccessRevoked',
]);

/** A staff member who holds an active AWP role at a holder. */
export interface StaffMember {
  readonly employeeIin: string;
  readonly role: StaffRole;
}

/**
 * Who holds which AWP role now, as this service learns it: it folds the access service's `awpaccess-…` facts
 * (the same `evolveAwpAccess` as the decisions) into `notifications.staff_grants`, in the follower's
 * transaction and stream order. So a clock fact is sent to those whose access was active when that fact came
 * in the stream (a replay sends the same notices), and the service asks no other service at run time (it
 * cannot import the access service, and a query on the bus would answer with today's grants, not the
 * fact's). Active: approved and trained (C7), as `isAwpAccessActive` says.
 */
export class StaffGrants {
  constructor(private readonly db: Pool | PoolClient) {}

  async fold(event: AwpAccessEvent): Promise<void> {
    const { holderId, employeeIin, role } = event.data;
    const { rows } = await this.db.query<{ status: AwpAccessState['status']; trained: boolean }>(
      'SELECT status, trained FROM notifications.staff_grants WHERE holder_id = $1 AND employee_iin = $2 AND role = $3 FOR UPDATE',
      [holderId, employeeIin, role],
    );
    const current: AwpAccessState = rows[0] ? { ...rows[0], revocationReason: null } : initialAwpAccessState;
    const next = evolveAwpAccess(current, event);
    await this.db.query(
      `INSERT INTO notifications.staff_grants (holder_id, employee_iin, role, status, trained) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (holder_id, employee_iin, role) DO UPDATE SET status = EXCLUDED.status, trained = EXCLUDED.trained, updated_at = now()`,
      [holderId, employeeIin, role, next.status, next.trained],
    );
  }

  /** The staff of a holder whose access is active, with each active role, by IIN then role. */
  async activeAt(holderId: string): Promise<StaffMember[]> {
    const { rows } = await this.db.query<{ employee_iin: string; role: StaffRole }>(
      `SELECT employee_iin, role FROM notifications.staff_grants
       WHERE holder_id = $1 AND status = 'approved' AND trained ORDER BY employee_iin, role`,
      [holderId],
    );
    return rows.map((row) => ({ employeeIin: row.employee_iin, role: row.role }));
  }
}
