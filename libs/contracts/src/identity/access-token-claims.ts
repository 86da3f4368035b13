/**
 * What an OIDC access token (RS256 JWT) says about its bearer. In production the national e-government
 * identity provider issues it; in development `services/identity-dev` does.
 */
export type AccountRole = 'citizen' | 'organisation' | 'staff' | 'operator' | 'ministry' | 'analyst';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['citizen', 'organisation', 'staff', 'operator', 'ministry', 'analyst'];

/** What an agency employee may do in the AWP, once the operator has approved and trained them (C7). */
export type StaffRole = 'administrator' | 'responder' | 'first_head' | 'information_officer';
export const STAFF_ROLES: readonly StaffRole[] = ['administrator', 'responder', 'first_head', 'information_officer'];

export type UiLanguage = 'kk' | 'ru' | 'en';

export interface AccessTokenClaims {
  readonly sub: string;
  /** Individual identification number: every person, staff included. */
  readonly iin?: string;
  /** Business identification number: an organisation's account. */
  readonly bin?: string;
  /** R1: only an account with a verified mobile number may sign requests. */
  readonly phone_verified: boolean;
  readonly od_role: AccountRole;
  /** Staff only: the information holder they work for, and what they do there. */
  readonly od_holder?: string;
  readonly od_staff_roles?: readonly StaffRole[];
  readonly locale?: UiLanguage;
}
