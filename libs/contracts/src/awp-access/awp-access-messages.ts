import type { CommandMessage } from '../requests/request-messages';
import type { StaffRole } from '../identity/access-token-claims';

export interface AwpAccessTarget {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
}

export type AwpAccessCommandMessage =
  /**
   * C7: only the operator, or the holder's administrator or officer with active access, applies — never for
   * themselves. The access service knows the applicant from the verified caller (token and its own AWP register).
   */
  | CommandMessage<AwpAccessTarget & { readonly action: 'apply' }>
  | CommandMessage<AwpAccessTarget & { readonly action: 'approve' }>
  | CommandMessage<AwpAccessTarget & { readonly action: 'deny'; readonly reason: string }>
  | CommandMessage<AwpAccessTarget & { readonly action: 'record_training'; readonly course: string; readonly trainedOn: string }>
  | CommandMessage<AwpAccessTarget & { readonly action: 'revoke'; readonly reason: string }>;

/** The roles an employee may use right now: approved, trained and not revoked (C7). */
export interface ActiveStaffRolesQuery {
  readonly holderId: string;
  readonly employeeIin: string;
}

export interface ActiveStaffRolesReply {
  readonly roles: readonly StaffRole[];
}

export interface AwpAccessListQuery {
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

export interface AwpAccessListReply {
  readonly items: readonly AwpAccessListItem[];
  readonly projectionPosition: string;
}
