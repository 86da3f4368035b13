// @od/signatures — verification of the electronic digital signature (EDS) over a request (DESIGN R1).
// Pure library code: no framework, no clock (`now` is an input), no I/O.
export {
  canonicalRequestBytes,
  toSignedRequestPayload,
  CanonicalFormError,
  SIGNED_REQUEST_FIELDS,
  type SignedRequestPayload,
  type JsonValue,
} from './canonical-request';
export { createCmsSignatureVerifier, verifyRequestSignature, DEFAULT_MAX_CHAIN_LENGTH, type CmsVerifierOptions } from './cms-signature-verifier';
export type {
  AccountHolder,
  LocalizedMessage,
  SignatureEvidence,
  SignatureVerifier,
  VerificationFailureCode,
  VerificationInput,
  VerificationResult,
} from './verification';
export { VERIFICATION_MESSAGES } from './messages';
export { TrustConfigError, type EncodedPki, type TrustConfig } from './trust-material';
export { kzSubjectOf, OID_ORGANIZATIONAL_UNIT, OID_SERIAL_NUMBER, type KzSubject } from './kz-subject';
export { MAX_SIGNATURE_BYTES, DEFAULT_MAX_EMBEDDED_CERTIFICATES } from './signed-data';
