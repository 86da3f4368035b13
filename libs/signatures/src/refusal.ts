import { VERIFICATION_MESSAGES } from './messages';
import type { VerificationFailureCode, VerificationResult } from './verification';

/** A check's negative answer, before it becomes a localised {@link VerificationResult}. */
export interface Refusal {
  readonly code: VerificationFailureCode;
  readonly detail: string;
}

export const refuse = (code: VerificationFailureCode, detail: string): Refusal => ({ code, detail });

export function refusalResult({ code, detail }: Refusal): VerificationResult {
  return { ok: false, code, rule: 'R1', message: VERIFICATION_MESSAGES[code], detail };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value && !('ok' in value);
}
