import type { DomainEvent } from '../envelope';
import type { StaffRole } from '../identity/access-token-claims';

/**
 * C7: the operator grants an agency employee access to the AWP (automated workplace) on the agency's
 * application, and trains them. One stream per holder, employee and role: `awpaccess-<holder>-<iin>-<role>`.
 */
export const AWP_ACCESS_CATEGORY = 'awpaccess';

export function awpAccessStream(holderId: string, employeeIin: string, role: StaffRole): string {
  return `${AWP_ACCESS_CATEGORY}-${holderId}-${employeeIin}-${role}`;
}

interface AwpAccessSubject {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
}

export type AwpAccessApplied = DomainEvent<'AwpAccessApplied', AwpAccessSubject & { readonly appliedAt: string }, 1>;
export type AwpAccessApproved = DomainEvent<'AwpAccessApproved', AwpAccessSubject & { readonly approvedAt: string }, 1>;
export type AwpAccessDenied = DomainEvent<'AwpAccessDenied', AwpAccessSubject & { readonly reason: string; readonly deniedAt: string }, 1>;
export type AwpTrainingRecorded = DomainEvent<
  'AwpTrainingRecorded',
  AwpAccessSubject & { readonly course: string; readonly trainedOn: string; readonly recordedAt: string },
  1
>;
export type AwpAccessRevoked = DomainEvent<'AwpAccessRevoked', AwpAccessSubject & { readonly reason: string; readonly revokedAt: string }, 1>;

/** Every fact of an `awpaccess-…` stream. */
export type AwpAccessEvent = AwpAccessApplied | AwpAccessApproved | AwpAccessDenied | AwpTrainingRecorded | AwpAccessRevoked;
