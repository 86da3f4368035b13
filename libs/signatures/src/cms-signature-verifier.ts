import { keyUsageProblem, RevocationChecker, trustedPath, validityProblem } from './certificate-path';
import { holderMismatch, kzSubjectOf } from './kz-subject';
import { isRefusal, refuse, refusalResult } from './refusal';
import { DEFAULT_MAX_EMBEDDED_CERTIFICATES, verifySignedData } from './signed-data';
import { readCertificates, readCrls, TrustConfigError, type TrustConfig } from './trust-material';
import type { SignatureVerifier, VerificationInput, VerificationResult } from './verification';
import { sha256Hex } from './web-crypto';

export interface CmsVerifierOptions {
  /**
   * A signingTime attribute is used as the moment of signing only when it lies within
   * [now − maxSignatureAgeMs, now + clockSkewMs]; otherwise the certificate is judged at `now`.
   * Defaults: 24 hours and 5 minutes.
   */
  readonly maxSignatureAgeMs?: number;
  readonly clockSkewMs?: number;
  /** Certificates (and CRLs) a signature may carry, signer included; more is refused before any is used. Default 5. */
  readonly maxEmbeddedCertificates?: number;
  /** Certificates on the signer's path, signer and trusted root included; a longer path is refused. Default 5. */
  readonly maxChainLength?: number;
}

export const DEFAULT_MAX_CHAIN_LENGTH = 5;

const HOUR = 60 * 60 * 1000;

/**
 * The EDS verifier for CMS/PKCS#7 detached signatures with RSA or ECDSA keys (R1). Reads the trust
 * configuration once, at creation (a {@link TrustConfigError} means the deployment is misconfigured).
 */
export function createCmsSignatureVerifier(trust: TrustConfig, options: CmsVerifierOptions = {}): SignatureVerifier {
  const roots = readCertificates(trust.trustedRoots, 'trustedRoots');
  if (roots.length === 0) throw new TrustConfigError('trustedRoots is empty: no signature could ever be trusted');
  const intermediates = readCertificates(trust.intermediates, 'intermediates');
  const revocation = new RevocationChecker(readCrls(trust.crls));
  const rootFingerprints = Promise.all(roots.map((root) => sha256Hex(root.rawData))).then((hexes) => new Set(hexes));
  const maxAge = options.maxSignatureAgeMs ?? 24 * HOUR;
  const skew = options.clockSkewMs ?? 5 * 60 * 1000;
  const maxEmbedded = options.maxEmbeddedCertificates ?? DEFAULT_MAX_EMBEDDED_CERTIFICATES;
  const maxChainLength = options.maxChainLength ?? DEFAULT_MAX_CHAIN_LENGTH;

  async function check(input: VerificationInput): Promise<VerificationResult> {
    if (!input.account.phoneVerified) return refusalResult(refuse('phone_not_verified', 'the account has no verified mobile number'));

    const signed = await verifySignedData(input.signatureBase64, input.payloadBytes, maxEmbedded);
    if (isRefusal(signed)) return refusalResult(signed);

    const path = await trustedPath(signed.signer, [...roots, ...intermediates, ...signed.embedded], await rootFingerprints);
    if (isRefusal(path)) return refusalResult(path);
    if (path.length > maxChainLength) {
      return refusalResult(
        refuse(
          'signature_too_many_certificates',
          `the signer's path to a trusted root has ${path.length} certificates, at most ${maxChainLength} are accepted`,
        ),
      );
    }

    const now = input.now;
    const signedAt =
      signed.signingTime && signed.signingTime.getTime() >= now.getTime() - maxAge && signed.signingTime.getTime() <= now.getTime() + skew
        ? signed.signingTime
        : undefined;
    const validAt = signedAt ?? now;
    const refusal = validityProblem(path, validAt) ?? (await revocation.problem(path, now)) ?? keyUsageProblem(signed.signer);
    if (refusal) return refusalResult(refusal);

    const subject = kzSubjectOf(signed.signer);
    const mismatch = holderMismatch(subject, input.account);
    if (mismatch) return refusalResult(refuse('signer_not_account_holder', mismatch));

    return {
      ok: true,
      evidence: {
        certificateFingerprintSha256: await sha256Hex(signed.signer.rawData),
        serialNumber: signed.signer.serialNumber.toLowerCase(),
        issuer: signed.signer.issuer,
        subject: signed.signer.subject,
        ...(subject.iin !== undefined && { subjectIin: subject.iin }),
        ...(subject.bin !== undefined && { subjectBin: subject.bin }),
        ...(signedAt && { signedAt: signedAt.toISOString() }),
        validAt: validAt.toISOString(),
      },
    };
  }

  return {
    async verify(input) {
      try {
        return await check(input);
      } catch (error) {
        // A malformed signature can make the ASN.1 or crypto libraries throw past the checks above.
        return refusalResult(refuse('signature_invalid', `the signature could not be processed: ${(error as Error).message}`));
      }
    },
  };
}

/** Verifies one signed request with a verifier built for this call; prefer building the verifier once. */
export function verifyRequestSignature(input: VerificationInput, trust: TrustConfig): Promise<VerificationResult> {
  return createCmsSignatureVerifier(trust).verify(input);
}
