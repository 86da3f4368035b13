import type { ClockRule, StaffRole } from '@od/contracts';

/**
 * Who must act on a running clock, by rule: the clock's holder and, inside it, the staff role that owes the
 * act (DESIGN §2). R2 moderation and R3 return: the administrator; R4 answer and R6 refusal: the responder or
 * the first head; R5 telling the user of an extension: the first head, who extends; C3–C5 (announcing,
 * answering the questions, deciding a topic application): the holder's administrator. Petitions (P3–P7) to come.
 */
export const CLOCK_ACTORS: Readonly<Partial<Record<ClockRule, readonly StaffRole[]>>> = {
  R2: ['administrator'],
  R3: ['administrator'],
  R4: ['responder', 'first_head'],
  R5: ['first_head'],
  R6: ['responder', 'first_head'],
  C3: ['administrator'],
  C4: ['administrator'],
  C5: ['administrator'],
};

/** Who must act on a clock: its holder and the roles there that owe the act (none known: an empty list). */
export function whoMustAct(rule: string, holderId: string): { readonly holderId: string; readonly roles: readonly StaffRole[] } {
  return { holderId, roles: CLOCK_ACTORS[rule as ClockRule] ?? [] };
}
