import type { StaffRole } from '@od/contracts';

/** A value of a posted form: one field, a repeated one (checkboxes), or none. */
export type FormValue = string | readonly string[] | undefined;
export type PostedForm = Readonly<Record<string, FormValue>>;

export const DECISION_NAMES = ['accept', 'redirect', 'return', 'draft', 'answer', 'extend', 'refuse'] as const;
export type DecisionName = (typeof DECISION_NAMES)[number];

export const isDecisionName = (value: unknown): value is DecisionName => typeof value === 'string' && (DECISION_NAMES as readonly string[]).includes(value);

/**
 * One decision staff take on a request: the gateway's command (`POST /api/requests/:id/<action>`), the AWP roles
 * the access policy and the decider allow it to, the statuses it applies in, and the form's fields (API names).
 */
export interface Decision {
  readonly name: DecisionName;
  readonly action: string;
  readonly roles: readonly StaffRole[];
  readonly statuses: readonly string[];
  readonly fields: readonly string[];
  /** The command's body from the form, without commandId: values as typed, so the gateway names what is wrong. */
  readonly body: (form: PostedForm) => Record<string, unknown>;
}

const one = (value: FormValue): string => (typeof value === 'string' ? value : (value?.[0] ?? ''));
const many = (value: FormValue): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);
/** Days as a number when the user typed a whole number, else as typed (the gateway's 400 then names `days`). */
const days = (value: FormValue): number | string => (/^\s*\d{1,4}\s*$/.test(one(value)) ? Number(one(value)) : one(value));

/** R2–R6 as Order No. 145 gives them (the same roles as the gateway's access policy, which decides). */
export const DECISIONS: readonly Decision[] = [
  { name: 'accept', action: 'acceptance', roles: ['administrator'], statuses: ['received'], fields: [], body: () => ({}) },
  {
    name: 'redirect',
    action: 'redirection',
    roles: ['administrator'],
    statuses: ['received'],
    fields: ['toHolderId', 'reason'],
    body: (form) => ({ toHolderId: one(form.toHolderId), reason: one(form.reason) }),
  },
  {
    name: 'return',
    action: 'return',
    roles: ['administrator'],
    statuses: ['received'],
    fields: ['reasonCode', 'reasonText'],
    body: (form) => ({ reasonCode: one(form.reasonCode), reasonText: one(form.reasonText) }),
  },
  {
    name: 'draft',
    action: 'drafts',
    roles: ['responder', 'administrator'],
    statuses: ['accepted'],
    fields: ['text'],
    body: (form) => ({ text: one(form.text) }),
  },
  {
    name: 'answer',
    action: 'answer',
    roles: ['responder', 'administrator', 'first_head'],
    statuses: ['accepted'],
    fields: ['text'],
    body: (form) => ({ text: one(form.text) }),
  },
  {
    name: 'extend',
    action: 'extension',
    roles: ['first_head'],
    statuses: ['accepted'],
    fields: ['days', 'otherHolderIds', 'reason'],
    body: (form) => ({ days: days(form.days), otherHolderIds: many(form.otherHolderIds), reason: one(form.reason) }),
  },
  {
    name: 'refuse',
    action: 'refusal',
    roles: ['administrator', 'first_head'],
    statuses: ['received', 'accepted'],
    fields: ['groundCode', 'reasonText'],
    body: (form) => ({ groundCode: one(form.groundCode), reasonText: one(form.reasonText) }),
  },
];

export const decisionNamed = (name: DecisionName): Decision => DECISIONS.find((decision) => decision.name === name) as Decision;

/** The decisions a staff member with these roles can take on a request in this status. */
export function decisionsFor(staffRoles: readonly string[], status: string): Decision[] {
  return DECISIONS.filter((decision) => decision.statuses.includes(status) && decision.roles.some((role) => staffRoles.includes(role)));
}

/** A form field's id on the request page, where several decisions' forms stand side by side: `redirect-reason`. */
export const fieldId = (decision: DecisionName, field: string): string => `${decision}-${field}`;

/** API field → form field id, for `formErrorsFrom`. */
export const fieldIdsOf = (decision: Decision): Record<string, string> =>
  Object.fromEntries(decision.fields.map((field) => [field, fieldId(decision.name, field)]));
