import type { Page, PageRequest } from '../read-models/paging';
import { command } from '../bus-descriptors';
import type { CommandMessage, CommandReply } from '../requests/request-messages';
import type { StaffRole } from '../identity/access-token-claims';

export interface AwpAccessTarget {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
}

export type AwpAccessCommandReply = CommandReply<{ readonly position: string }>;

/**
 * C7: the operator, or the holder's administrator or officer with active access, applies — never for
 * themselves. The access service knows the applicant from the verified caller (token and its own AWP register).
 */
export const applyForAwpAccess = command<CommandMessage<AwpAccessTarget>, AwpAccessCommandReply>('access', 'apply-for-awp-access');
export const approveAwpAccess = command<CommandMessage<AwpAccessTarget>, AwpAccessCommandReply>('access', 'approve-awp-access');
export const denyAwpAccess = command<CommandMessage<AwpAccessTarget & { readonly reason: string }>, AwpAccessCommandReply>('access', 'deny-awp-access');
export const recordAwpTraining = command<CommandMessage<AwpAccessTarget & { readonly course: string; readonly trainedOn: string }>, AwpAccessCommandReply>(
  'access',
  'record-awp-training',
);
export const revokeAwpAccess = command<CommandMessage<AwpAccessTarget & { readonly reason: string }>, AwpAccessCommandReply>('access', 'revoke-awp-access');

/** The roles an employee may use right now: approved, trained and not revoked (C7). */
export interface ActiveStaffRolesQuery {
  readonly holderId: string;
  readonly employeeIin: string;
}

export interface ActiveStaffRolesReply {
  readonly roles: readonly StaffRole[];
}

/** AWP access, by holder, employee and role (keyset on `[holderId, employeeIin, role]`). */
export interface AwpAccessListQuery extends PageRequest {
  /** Omitted: every holder (the operator's view). */
  readonly holderId?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface AwpAccessListItem {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
  readonly status: string;
  readonly trained: boolean;
  readonly active: boolean;
  readonly reason: string | null;
  readonly updatedAt: string;
}

export interface AwpAccessListReply extends Page<AwpAccessListItem> {
  readonly projectionPosition: string;
}
