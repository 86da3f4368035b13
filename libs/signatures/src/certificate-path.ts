import 'reflect-metadata'; // @peculiar/x509 needs it before it loads (tsyringe)
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509ChainBuilder,
  X509CrlReason,
  type X509Certificate,
  type X509Crl,
} from '@peculiar/x509';
import { refuse, type Refusal } from './refusal';
import { sha256Hex, webCrypto } from './web-crypto';

/**
 * The signer's path to a trusted root, signer first and the trusted root last. Issuers are looked up by
 * name and key identifier among the trusted roots first, then the configured intermediates, then the
 * certificates the signature carries; every link's signature is verified (X509ChainBuilder). The path ends
 * at the first certificate that is a configured root (compared by SHA-256 of its DER).
 */
export async function trustedPath(
  signer: X509Certificate,
  candidates: readonly X509Certificate[],
  rootFingerprints: ReadonlySet<string>,
): Promise<X509Certificate[] | Refusal> {
  let chain: X509Certificate[];
  try {
    chain = [...(await new X509ChainBuilder({ certificates: [...candidates] }).build(signer, webCrypto))];
  } catch (error) {
    return refuse('certificate_untrusted', `no certificate chain could be built: ${(error as Error).message}`);
  }
  for (let index = 0; index < chain.length; index++) {
    if (rootFingerprints.has(await sha256Hex(chain[index].rawData))) {
      const path = chain.slice(0, index + 1);
      const notCa = caProblem(path);
      return notCa === undefined ? path : refuse('certificate_untrusted', notCa);
    }
  }
  const top = chain[chain.length - 1];
  return refuse('certificate_untrusted', `the chain ends at "${top.issuer}", which is not a trusted root`);
}

/** Every issuer below the trusted root must be a CA allowed to sign certificates this deep. */
function caProblem(path: readonly X509Certificate[]): string | undefined {
  for (let index = 1; index < path.length; index++) {
    const issuer = path[index];
    const isAnchor = index === path.length - 1;
    const constraints = issuer.getExtension(BasicConstraintsExtension);
    if (!isAnchor && !constraints?.ca) return `"${issuer.subject}" issued a certificate but is not a CA`;
    const usage = issuer.getExtension(KeyUsagesExtension);
    if (usage && !(usage.usages & KeyUsageFlags.keyCertSign)) return `"${issuer.subject}" may not sign certificates (key usage)`;
    const intermediatesBelow = index - 1;
    if (constraints?.pathLength !== undefined && intermediatesBelow > constraints.pathLength) {
      return `"${issuer.subject}" allows ${constraints.pathLength} intermediate(s) below it, the path has ${intermediatesBelow}`;
    }
  }
  return undefined;
}

/** Every certificate on the path must be valid at `at` (notBefore ≤ at ≤ notAfter). */
export function validityProblem(path: readonly X509Certificate[], at: Date): Refusal | undefined {
  for (const certificate of path) {
    if (at < certificate.notBefore) {
      return refuse(
        'certificate_expired',
        `"${certificate.subject}" is not valid until ${certificate.notBefore.toISOString()} (checked at ${at.toISOString()})`,
      );
    }
    if (at > certificate.notAfter) {
      return refuse('certificate_expired', `"${certificate.subject}" expired at ${certificate.notAfter.toISOString()} (checked at ${at.toISOString()})`);
    }
  }
  return undefined;
}

/**
 * Revocation: each certificate below the root is looked up on the configured CRLs its issuer signed
 * (issuer name equal and the CRL signature verified with that issuer's key; a CRL that fails this is not
 * used for it). A certificate listed with a revocation date at or before `now` is revoked — judged at
 * `now`, not at the signer-asserted signing time, since a stolen key could backdate that attribute.
 * `removeFromCRL` entries do not count; `certificateHold` does (the certificate is suspended).
 */
export class RevocationChecker {
  private readonly signatureChecks = new Map<string, Promise<boolean>>();

  constructor(private readonly crls: readonly X509Crl[]) {}

  async problem(path: readonly X509Certificate[], now: Date): Promise<Refusal | undefined> {
    for (let index = 0; index < path.length - 1; index++) {
      const [certificate, issuer] = [path[index], path[index + 1]];
      for (const [crlIndex, crl] of this.crls.entries()) {
        if (crl.issuer !== issuer.subject) continue;
        const entry = crl.findRevoked(certificate);
        if (!entry || entry.reason === X509CrlReason.removeFromCRL || entry.revocationDate > now) continue;
        if (!(await this.signedBy(crlIndex, crl, issuer))) continue;
        const reason = entry.reason === undefined ? '' : `, reason ${X509CrlReason[entry.reason]}`;
        return refuse(
          'certificate_revoked',
          `"${certificate.subject}" (serial ${certificate.serialNumber}) was revoked at ${entry.revocationDate.toISOString()}${reason}`,
        );
      }
    }
    return undefined;
  }

  private async signedBy(crlIndex: number, crl: X509Crl, issuer: X509Certificate): Promise<boolean> {
    const key = `${crlIndex}:${await sha256Hex(issuer.rawData)}`;
    let check = this.signatureChecks.get(key);
    if (!check) {
      check = crl.verify({ publicKey: issuer }, webCrypto).catch(() => false);
      this.signatureChecks.set(key, check);
    }
    return check;
  }
}

/** Key usage, when the certificate restricts it, must allow digitalSignature or nonRepudiation. */
export function keyUsageProblem(signer: X509Certificate): Refusal | undefined {
  const usage = signer.getExtension(KeyUsagesExtension);
  if (!usage || usage.usages & (KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation)) return undefined;
  return refuse('certificate_key_usage', `"${signer.subject}" key usage does not include digitalSignature or nonRepudiation`);
}
