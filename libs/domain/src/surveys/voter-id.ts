import { idFromClientCommand, uuidV5 } from '../shared/deterministic-id';

/** Fixed forever: a voter's id on a survey must not change, or a second ballot would land on a new stream. */
export const VOTER_ID_NAMESPACE = '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a32';

/** The survey a DraftSurvey command creates: the same command id always names the same survey. */
export function surveyIdFor(commandId: string): string {
  return idFromClientCommand('survey', commandId);
}

/**
 * The voter's id in ballot stream ids (`ballot-<surveyId>-<voterId>`): derived from the account
 * (`citizen:<IIN>` / `organisation:<BIN>`), so one user has one ballot stream per survey and no IIN/BIN
 * appears in stream ids, subjects or logs. The actor on the fact still names the user, as on every fact.
 */
export function voterIdFor(actor: { readonly kind: string; readonly id: string }): string {
  return uuidV5(`${actor.kind}:${actor.id}`, VOTER_ID_NAMESPACE);
}
