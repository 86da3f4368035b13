/** Why a request could not be signed; the page shows each in the user's language next to the key-file field. */
export type SigningProblem =
  // The key file (development): what was chosen, and what to choose instead.
  | 'no_key_file'
  | 'unknown_file'
  | 'no_private_key'
  | 'key_format'
  | 'no_certificate'
  | 'key_algorithm'
  | 'key_not_certificate'
  | 'p12_no_password'
  | 'p12_password'
  | 'p12_legacy'
  // NCALayer (production): not running, the user cancelled, or it refused.
  | 'ncalayer_not_running'
  | 'ncalayer_cancelled'
  | 'ncalayer_failed';

/** Every problem, in the order the page lists their texts (the template and the catalogue test read it). */
export const SIGNING_PROBLEMS: readonly SigningProblem[] = [
  'no_key_file',
  'unknown_file',
  'no_private_key',
  'key_format',
  'no_certificate',
  'key_algorithm',
  'key_not_certificate',
  'p12_no_password',
  'p12_password',
  'p12_legacy',
  'ncalayer_not_running',
  'ncalayer_cancelled',
  'ncalayer_failed',
];

export class SigningError extends Error {
  constructor(
    readonly problem: SigningProblem,
    /** What the signer said, for the console; the user sees the problem's text. */
    readonly detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}
