/**
 * Why a signed request is refused (DESIGN R1). Checks run in this order and the first failure is
 * reported: phone, then the CMS and its signature (the number of certificates it carries first), the chain
 * (and its length), validity in time, revocation, key usage,
 * and last the signer's identity against the account.
 */
export type VerificationFailureCode =
  | 'phone_not_verified'
  | 'signature_invalid'
  | 'signature_too_many_certificates'
  | 'certificate_untrusted'
  | 'certificate_expired'
  | 'certificate_revoked'
  | 'certificate_key_usage'
  | 'signer_not_account_holder';

export interface LocalizedMessage {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** The e-government account the request is sent from. */
export interface AccountHolder {
  /** Individual identification number (12 digits) of a person's account. */
  readonly iin?: string;
  /** Business identification number (12 digits) of a legal entity's account. */
  readonly bin?: string;
  /** Whether the account has a connected and verified mobile number. */
  readonly phoneVerified: boolean;
}

export interface VerificationInput {
  /** The exact bytes that were signed: `canonicalRequestBytes(payload)`. */
  readonly payloadBytes: Uint8Array;
  /** A detached CMS/PKCS#7 SignedData (DER), base64. */
  readonly signatureBase64: string;
  readonly account: AccountHolder;
  /** The verifier's clock: the moment of submission. */
  readonly now: Date;
}

/** What the portal keeps as proof of who signed, with the request. */
export interface SignatureEvidence {
  /** SHA-256 of the signer certificate's DER, lower-case hex. */
  readonly certificateFingerprintSha256: string;
  /** The certificate's serial number, lower-case hex. */
  readonly serialNumber: string;
  /** The issuer's distinguished name. */
  readonly issuer: string;
  /** The subject's distinguished name (OIDs shown for attributes without a short name: 2.5.4.5 = serialNumber). */
  readonly subject: string;
  readonly subjectIin?: string;
  readonly subjectBin?: string;
  /** The CMS signingTime, ISO 8601, when the signature carries one that is plausible (see README). */
  readonly signedAt?: string;
  /** The instant the certificate's validity was judged at: `signedAt`, else `now`. ISO 8601. */
  readonly validAt: string;
}

export type VerificationResult =
  | { readonly ok: true; readonly evidence: SignatureEvidence }
  | {
      readonly ok: false;
      readonly code: VerificationFailureCode;
      readonly rule: 'R1';
      readonly message: LocalizedMessage;
      /** Technical detail in English for logs and support; never shown instead of `message`. */
      readonly detail: string;
    };

/**
 * One replaceable component: the CMS (RSA/ECDSA) verifier now, a Kazakhstan GOST 34.310 verifier for
 * deployments that need it later, behind the same interface and the same result codes.
 */
export interface SignatureVerifier {
  verify(input: VerificationInput): Promise<VerificationResult>;
}
