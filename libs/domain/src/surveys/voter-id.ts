import { idFromClientCommand, uuidV5 } from '../shared/deterministic-id';
import { ID_NAMESPACE_REGISTRY } from '../shared/id-namespaces';

/** Fixed forever: a voter's id on a survey must not change, or a second ballot would land on a new stream. */
export const VOTER_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.voter;

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
