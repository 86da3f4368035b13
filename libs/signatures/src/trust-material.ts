import 'reflect-metadata'; // @peculiar/x509 needs it before it loads (tsyringe)
import { PemConverter, X509Certificate, X509Crl } from '@peculiar/x509';

/** A certificate or CRL as configured: PEM text (one or several blocks) or DER bytes. */
export type EncodedPki = string | Uint8Array | ArrayBuffer;

/** What the portal trusts: the NCA roots, the intermediates that may be missing from signatures, CRLs. */
export interface TrustConfig {
  readonly trustedRoots: readonly (EncodedPki | X509Certificate)[];
  readonly intermediates?: readonly (EncodedPki | X509Certificate)[];
  readonly crls?: readonly (EncodedPki | X509Crl)[];
}

/** The trust configuration could not be read: a deployment error, raised when the verifier is created. */
export class TrustConfigError extends Error {
  override readonly name = 'TrustConfigError';
}

function derBlocks(source: EncodedPki, what: string): ArrayBuffer[] {
  if (typeof source !== 'string') {
    const view = source instanceof Uint8Array ? source : new Uint8Array(source);
    return [view.slice().buffer as ArrayBuffer];
  }
  if (!PemConverter.isPem(source)) throw new TrustConfigError(`${what}: a string must be PEM`);
  return PemConverter.decode(source);
}

export function readCertificates(sources: readonly (EncodedPki | X509Certificate)[] | undefined, what: string): X509Certificate[] {
  return (sources ?? []).flatMap((source, index) => {
    if (source instanceof X509Certificate) return [source];
    try {
      return derBlocks(source, what).map((der) => new X509Certificate(der));
    } catch (error) {
      throw new TrustConfigError(`${what}[${index}] is not an X.509 certificate: ${(error as Error).message}`);
    }
  });
}

export function readCrls(sources: readonly (EncodedPki | X509Crl)[] | undefined): X509Crl[] {
  return (sources ?? []).flatMap((source, index) => {
    if (source instanceof X509Crl) return [source];
    try {
      return derBlocks(source, 'crls').map((der) => new X509Crl(der));
    } catch (error) {
      throw new TrustConfigError(`crls[${index}] is not an X.509 CRL: ${(error as Error).message}`);
    }
  });
}
