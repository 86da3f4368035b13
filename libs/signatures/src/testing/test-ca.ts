// A throw-away certification authority for tests and local runs: a root, an intermediate, user
// certificates shaped like the Kazakhstan NCA's (IIN in serialNumber, BIN in OU), a CRL, and a signer
// that produces detached CMS signatures the way NCALayer or `openssl cms -sign` would. Never for production.
import 'reflect-metadata'; // @peculiar/x509 needs it before it loads (tsyringe)
import * as asn1js from 'asn1js';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  X509CrlGenerator,
  X509CrlReason,
  type JsonName,
  type X509Certificate,
  type X509Crl,
} from '@peculiar/x509';
import type { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { TrustConfig } from '../trust-material';
import { pkiEngine, toArrayBuffer, webCrypto } from '../web-crypto';

export type TestKeyKind = 'ecdsa-p256' | 'ecdsa-p384' | 'rsa-2048' | 'rsa-pss-2048';
export type TestHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface TestCertificate {
  readonly certificate: X509Certificate;
  readonly keys: webcrypto.CryptoKeyPair;
  readonly kind: TestKeyKind;
  /** The certificates above this one up to, not including, the root. */
  readonly chain: readonly X509Certificate[];
}

export interface TestUser extends TestCertificate {
  readonly iin?: string;
  readonly bin?: string;
}

export interface IssueUserOptions {
  /** The person's IIN, written to the subject as serialNumber=IIN… (omit for a certificate without one). */
  readonly iin?: string;
  /** A legal entity's BIN, written to the subject as OU=BIN…. */
  readonly bin?: string;
  readonly commonName?: string;
  readonly organization?: string;
  readonly key?: TestKeyKind;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Default: digitalSignature | nonRepudiation. */
  readonly keyUsage?: KeyUsageFlags;
}

export interface TestCa {
  readonly name: string;
  readonly root: TestCertificate;
  readonly intermediate: TestCertificate;
  /** The intermediate's current CRL (re-issued by {@link TestCa.revoke}). */
  readonly crl: X509Crl;
  /** Root as trusted root, intermediate as a known intermediate, and the current CRL. */
  trust(): TrustConfig;
  issueUser(options?: IssueUserOptions): Promise<TestUser>;
  /** Lists the certificate on a new CRL of the intermediate. */
  revoke(user: TestCertificate, revokedAt?: Date, reason?: X509CrlReason): Promise<X509Crl>;
}

export interface CreateTestCaOptions {
  /** Distinguishes unrelated CAs in one test run. Default: `OD Test`. */
  readonly name?: string;
  /** The moment the CA's validity and the default user validity are counted from. Default: the real clock. */
  readonly now?: Date;
  readonly key?: TestKeyKind;
}

/** Valid-looking sample numbers (their check digits are right), for tests and the CLI. */
export const SAMPLE_IINS = ['900315300010', '851207400020', '010101500043', '990503400055'] as const;
export const SAMPLE_BINS = ['150340000015', '180540000022', '201041000039'] as const;

const DAY = 24 * 60 * 60 * 1000;

const KEY_ALGORITHMS: Record<TestKeyKind, webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams> = {
  'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
  'ecdsa-p384': { name: 'ECDSA', namedCurve: 'P-384' },
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  'rsa-pss-2048': { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};

export function generateTestKeys(kind: TestKeyKind): Promise<webcrypto.CryptoKeyPair> {
  return webCrypto.subtle.generateKey(KEY_ALGORITHMS[kind], true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;
}

function signingAlgorithm(kind: TestKeyKind, hash: TestHash = 'SHA-256'): webcrypto.Algorithm | webcrypto.EcdsaParams | webcrypto.RsaPssParams {
  switch (kind) {
    case 'ecdsa-p256':
    case 'ecdsa-p384':
      return { name: 'ECDSA', hash } as webcrypto.EcdsaParams;
    case 'rsa-2048':
      return { name: 'RSASSA-PKCS1-v1_5' };
    case 'rsa-pss-2048':
      return { name: 'RSA-PSS', saltLength: 32 } as webcrypto.RsaPssParams;
  }
}

function randomSerial(): string {
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // positive
  bytes[0] |= 0x01; // no leading zero byte
  return Buffer.from(bytes).toString('hex');
}

export async function createTestCa(options: CreateTestCaOptions = {}): Promise<TestCa> {
  const name = options.name ?? 'OD Test';
  const now = options.now ?? new Date();
  const caKind = options.key ?? 'ecdsa-p256';

  const rootKeys = await generateTestKeys(caKind);
  const rootCertificate = await X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: [{ CN: [`${name} Root CA`] }, { O: [name] }, { C: ['KZ'] }],
      notBefore: new Date(now.getTime() - 365 * DAY),
      notAfter: new Date(now.getTime() + 20 * 365 * DAY),
      keys: rootKeys,
      signingAlgorithm: signingAlgorithm(caKind),
      extensions: [
        new BasicConstraintsExtension(true, 1, true),
        new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        await SubjectKeyIdentifierExtension.create(rootKeys.publicKey, false, webCrypto),
      ],
    },
    webCrypto,
  );
  const root: TestCertificate = { certificate: rootCertificate, keys: rootKeys, kind: caKind, chain: [] };

  const intermediateKeys = await generateTestKeys(caKind);
  const intermediateCertificate = await X509CertificateGenerator.create(
    {
      serialNumber: randomSerial(),
      subject: [{ CN: [`${name} Intermediate CA`] }, { O: [name] }, { C: ['KZ'] }],
      issuer: rootCertificate.subjectName,
      notBefore: new Date(now.getTime() - 365 * DAY),
      notAfter: new Date(now.getTime() + 10 * 365 * DAY),
      publicKey: intermediateKeys.publicKey,
      signingKey: rootKeys.privateKey,
      signingAlgorithm: signingAlgorithm(caKind),
      extensions: [
        new BasicConstraintsExtension(true, 0, true),
        new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        await SubjectKeyIdentifierExtension.create(intermediateKeys.publicKey, false, webCrypto),
        await AuthorityKeyIdentifierExtension.create(rootKeys.publicKey, false, webCrypto),
      ],
    },
    webCrypto,
  );
  const intermediate: TestCertificate = { certificate: intermediateCertificate, keys: intermediateKeys, kind: caKind, chain: [] };

  const crlAuthorityKeyId = await AuthorityKeyIdentifierExtension.create(intermediateKeys.publicKey, false, webCrypto);
  const revoked: { serialNumber: string; revocationDate: Date; reason: X509CrlReason }[] = [];
  const issueCrl = () =>
    X509CrlGenerator.create(
      {
        issuer: intermediateCertificate.subjectName,
        thisUpdate: now,
        nextUpdate: new Date(now.getTime() + 7 * DAY),
        entries: revoked.map((entry) => ({ ...entry })),
        signingKey: intermediateKeys.privateKey,
        signingAlgorithm: signingAlgorithm(caKind),
        extensions: [crlAuthorityKeyId],
      },
      webCrypto,
    );
  let crl = await issueCrl();

  return {
    name,
    root,
    intermediate,
    get crl() {
      return crl;
    },
    trust: () => ({ trustedRoots: [rootCertificate.toString('pem')], intermediates: [intermediateCertificate.toString('pem')], crls: [crlPem(crl)] }),
    async issueUser(user = {}) {
      const kind = user.key ?? 'ecdsa-p256';
      const keys = await generateTestKeys(kind);
      const subject: JsonName = [
        { CN: [user.commonName ?? `TEST USER ${user.iin ?? user.bin ?? ''}`.trim()] },
        ...(user.iin ? [{ '2.5.4.5': [`IIN${user.iin}`] }] : []),
        { C: ['KZ'] },
        ...(user.organization ? [{ O: [user.organization] }] : []),
        ...(user.bin ? [{ OU: [`BIN${user.bin}`] }] : []),
      ];
      const certificate = await X509CertificateGenerator.create(
        {
          serialNumber: randomSerial(),
          subject,
          issuer: intermediateCertificate.subjectName,
          notBefore: user.notBefore ?? new Date(now.getTime() - DAY),
          notAfter: user.notAfter ?? new Date(now.getTime() + 365 * DAY),
          publicKey: keys.publicKey,
          signingKey: intermediateKeys.privateKey,
          signingAlgorithm: signingAlgorithm(caKind),
          extensions: [
            new BasicConstraintsExtension(false, undefined, true),
            new KeyUsagesExtension(user.keyUsage ?? KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
            await SubjectKeyIdentifierExtension.create(keys.publicKey, false, webCrypto),
            await AuthorityKeyIdentifierExtension.create(intermediateKeys.publicKey, false, webCrypto),
          ],
        },
        webCrypto,
      );
      return { certificate, keys, kind, chain: [intermediateCertificate], iin: user.iin, bin: user.bin };
    },
    async revoke(user, revokedAt = now, reason = X509CrlReason.keyCompromise) {
      revoked.push({ serialNumber: user.certificate.serialNumber, revocationDate: revokedAt, reason });
      crl = await issueCrl();
      return crl;
    },
  };
}

export interface SignRequestOptions {
  /** The signingTime signed attribute; omitted when not given. */
  readonly signingTime?: Date;
  readonly hash?: TestHash;
  /** Put the content inside the CMS (attached) instead of a detached signature. */
  readonly attachedContent?: Uint8Array;
  /** Also carry the intermediate certificates (the signer's own is always carried unless `omitCertificates`). */
  readonly includeChain?: boolean;
  readonly omitCertificates?: boolean;
  /** Further certificates carried after the signer's (padding an attacker adds). */
  readonly extraCertificates?: readonly { readonly rawData: ArrayBuffer }[];
  /** Sign with another key than the certificate's (a forged signature). */
  readonly signingKey?: webcrypto.CryptoKey;
}

/** A detached CMS SignedData over `payloadBytes`, DER, base64: what a client sends with a request. */
export async function signRequest(payloadBytes: Uint8Array, user: TestCertificate, options: SignRequestOptions = {}): Promise<string> {
  const hash = options.hash ?? (user.kind === 'ecdsa-p384' ? 'SHA-384' : 'SHA-256');
  const signerCertificate = pkijs.Certificate.fromBER(user.certificate.rawData);
  const chain = options.includeChain ? user.chain.map((certificate) => pkijs.Certificate.fromBER(certificate.rawData)) : [];
  const digest = await webCrypto.subtle.digest(hash, payloadBytes);

  const attributes = [
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
    ...(options.signingTime ? [new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: options.signingTime })] })] : []),
  ];
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: '1.2.840.113549.1.7.1',
      ...(options.attachedContent && { eContent: new asn1js.OctetString({ valueHex: options.attachedContent }) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCertificate.issuer, serialNumber: signerCertificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: options.omitCertificates
      ? undefined
      : [signerCertificate, ...chain, ...(options.extraCertificates ?? []).map((certificate) => pkijs.Certificate.fromBER(certificate.rawData))],
  });
  const signingKey = options.signingKey ?? user.keys.privateKey;
  // RSA keys carry their hash; ECDSA takes it per signature.
  const keyHash = (signingKey.algorithm as webcrypto.RsaHashedKeyAlgorithm).hash?.name as TestHash | undefined;
  await signedData.sign(signingKey, 0, keyHash ?? hash, toArrayBuffer(payloadBytes), pkiEngine);

  const contentInfo = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER()).toString('base64');
}

/** RFC 7468 `X509 CRL` PEM (what openssl reads; @peculiar/x509 itself writes `CRL`). */
export function crlPem(crl: X509Crl): string {
  return PemConverter.encode(crl.rawData, 'X509 CRL');
}

export async function privateKeyPem(keys: webcrypto.CryptoKeyPair): Promise<string> {
  return PemConverter.encode(await webCrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY');
}
