import type { DomainEvent } from '@od/contracts';

/**
 * Why a command was refused. `code` is stable for clients and maps to an HTTP status in one place
 * (the gateway); `rule` names the rule of DESIGN.md where a rule is the reason.
 */
export interface Rejection<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly rule?: string;
  readonly field?: string;
  readonly messages?: { readonly kk: string; readonly ru: string; readonly en: string };
}

export type Decision<E extends DomainEvent, Code extends string> =
  { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly rejection: Rejection<Code> };

export function accept<E extends DomainEvent>(...events: E[]): { ok: true; events: E[] } {
  return { ok: true, events };
}

export function reject<Code extends string>(rejection: Rejection<Code>): { ok: false; rejection: Rejection<Code> } {
  return { ok: false, rejection };
}
