import type { RequestViewDetails, UiLanguage } from '@od/contracts';
import { findRefusalGround, findReturnGround } from '@od/domain';

/** The Article 11 ground a returned (R3) or refused (R6) request names, as the user reads it. */
export interface LegalGround {
  readonly code: string;
  readonly rule: 'R3' | 'R6';
  /** Where the ground comes from in the Law. */
  readonly basis: string;
  /** The ground in the reader's language, and in all three. */
  readonly text: string;
  readonly texts: { readonly kk: string; readonly ru: string; readonly en: string };
}

/** The legal ground of a returned or refused request, beside the holder's own words; none otherwise. */
export function legalGroundOf(request: RequestViewDetails, language: UiLanguage): LegalGround | undefined {
  const code = request.reason?.code;
  if (!code) return undefined;
  const ground = request.status === 'refused' ? findRefusalGround(code) : request.status === 'returned' ? findReturnGround(code) : undefined;
  if (!ground) return undefined;
  return { code: ground.code, rule: ground.rule, basis: ground.basis, text: ground.text[language], texts: ground.text };
}
