import { HttpException } from '@nestjs/common';
import type { RejectionReply } from '@od/contracts';
import type { UiLanguage } from '@od/contracts';
import type { AwpAccessRejectionCode, BallotRejectionCode, RequestRejectionCode, SurveyRejectionCode } from '@od/domain';
import type { VerificationFailureCode } from '@od/signatures';
import type { ConferenceRejectionCode, ReportJobRejectionCode, TopicApplicationRejectionCode } from '@od/domain';

type CommandRejectionCode =
  | RequestRejectionCode
  | AwpAccessRejectionCode
  | SurveyRejectionCode
  | BallotRejectionCode
  | ReportJobRejectionCode
  | 'report_requester_not_allowed'
  | VerificationFailureCode
  | 'stream_not_found'
  | 'stream_exists'
  | 'request_not_found'
  | 'concurrent_change'
  | 'command_id_reused'
  | 'caller_unverified'
  | 'malformed_command';

/** Every rejection a service can answer, and its HTTP status: one table, checked for completeness. */
const statusByCode: Record<CommandRejectionCode | ConferenceRejectionCode | TopicApplicationRejectionCode, number> = {
  holder_unknown: 422,
  holder_has_no_blog: 422,
  request_text_empty: 400,
  request_already_submitted: 409,
  request_not_found: 404,
  request_wrong_state: 409,
  not_your_holder: 404,
  role_not_allowed: 403,
  extension_already_used: 409,
  extension_too_long: 400,
  extension_days_invalid: 400,
  extension_needs_other_holders: 400,
  redirect_to_same_holder: 422,
  redirect_back: 422,
  reason_code_unknown: 400,
  text_required: 400,
  text_too_long: 400,
  draft_id_taken: 409,
  draft_unknown: 422,
  not_the_author: 403,
  already_rated: 409,
  not_answered_yet: 409,
  awp_access_wrong_state: 409,
  awp_training_already_recorded: 409,
  awp_applicant_not_allowed: 403,
  awp_self_application: 403,
  awp_training_in_future: 400,
  reason_required: 400,
  phone_not_verified: 403,
  signature_invalid: 422,
  signature_too_many_certificates: 422,
  certificate_untrusted: 422,
  certificate_expired: 422,
  certificate_revoked: 422,
  certificate_key_usage: 422,
  signer_not_account_holder: 422,
  stream_not_found: 404,
  // A command that starts a stream (expects it new) met one already there, made by another command.
  stream_exists: 409,
  concurrent_change: 409,
  // The same commandId with another command (body, action, target or actor): never answered as a retry.
  command_id_reused: 409,
  // The deciding service could not verify the caller's token again (it expired meanwhile, say).
  caller_unverified: 401,
  malformed_command: 400,
  conference_already_exists: 409,
  conference_not_found: 404,
  conference_wrong_state: 409,
  conference_languages_missing: 400,
  conference_dates_invalid: 400,
  conference_too_short: 422,
  conference_too_soon: 422,
  conference_start_passed: 409,
  conference_outside_calendar: 422,
  moderator_invalid: 400,
  announcement_invalid: 400,
  conference_already_announced: 409,
  conference_not_open: 409,
  question_not_found: 404,
  question_already_answered: 409,
  conference_not_ended: 409,
  questions_unanswered: 409,
  topic_application_exists: 409,
  topic_application_not_found: 404,
  topic_application_wrong_state: 409,
  survey_template_invalid: 400,
  survey_text_missing_language: 400,
  survey_launch_too_soon: 422,
  survey_too_short: 422,
  survey_dates_outside_calendar: 422,
  survey_already_exists: 409,
  survey_wrong_state: 409,
  survey_still_running: 409,
  survey_not_found: 404,
  announcement_url_invalid: 400,
  survey_not_open: 409,
  ballot_already_cast: 409,
  ballot_invalid: 400,
  period_invalid: 400,
  as_of_invalid: 400,
  report_holders_not_allowed: 403,
  report_requester_not_allowed: 403,
  report_job_wrong_state: 409,
};

/** `language`: the user's; a refusal that comes in kk/ru/en is answered in it, with all three alongside. */
export function rejectionToHttp({ rejection }: RejectionReply, language?: UiLanguage): HttpException {
  const status = statusByCode[rejection.code as CommandRejectionCode] ?? 500;
  const message = rejection.messages && language ? rejection.messages[language] : rejection.message;
  // A rejection about one field also comes as `fields`, the shape of a validation 400.
  const fields = rejection.field ? [{ field: rejection.field, rule: rejection.rule ?? rejection.code, message }] : undefined;
  return new HttpException({ error: rejection.code, message, rule: rejection.rule, field: rejection.field, fields, messages: rejection.messages }, status);
}
