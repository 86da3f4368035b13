import { readFileSync } from 'node:fs';
import type { Provider } from '@nestjs/common';
import { integerSetting } from '@od/platform';
import { createCmsSignatureVerifier, DEFAULT_MAX_CHAIN_LENGTH, DEFAULT_MAX_EMBEDDED_CERTIFICATES, type SignatureVerifier } from '@od/signatures';

export const SIGNATURE_VERIFIER = Symbol('SIGNATURE_VERIFIER');

function readFiles(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((file) => file.trim())
    .filter(Boolean)
    .map((file) => readFileSync(file, 'utf8'));
}

/**
 * The EDS verifier (R1), trusting the CA certificates in `EDS_TRUSTED_ROOTS` (PEM files, comma-separated:
 * the national CA in production), with `EDS_INTERMEDIATES` and `EDS_CRLS`. Swapped for a GOST verifier
 * where a deployment needs one: anything implementing `SignatureVerifier` fits here. A signature may carry at
 * most `EDS_MAX_EMBEDDED_CERTIFICATES` certificates (default 5) and the signer's path to a root be at most
 * `EDS_MAX_CHAIN_LENGTH` long (default 5): more is refused (`signature_too_many_certificates`) before any work.
 */
export const signatureVerifierProvider: Provider = {
  provide: SIGNATURE_VERIFIER,
  useFactory: (): SignatureVerifier => {
    const trustedRoots = readFiles(process.env.EDS_TRUSTED_ROOTS);
    if (trustedRoots.length === 0) throw new Error('EDS_TRUSTED_ROOTS must name at least one trusted CA certificate (PEM file) to verify signatures (R1)');
    return createCmsSignatureVerifier(
      { trustedRoots, intermediates: readFiles(process.env.EDS_INTERMEDIATES), crls: readFiles(process.env.EDS_CRLS) },
      {
        maxEmbeddedCertificates: integerSetting(process.env, 'EDS_MAX_EMBEDDED_CERTIFICATES', DEFAULT_MAX_EMBEDDED_CERTIFICATES),
        maxChainLength: integerSetting(process.env, 'EDS_MAX_CHAIN_LENGTH', DEFAULT_MAX_CHAIN_LENGTH),
      },
    );
  },
};
