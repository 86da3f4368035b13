// R1 in the browser, behind one seam: a RequestSigner turns the request's canonical bytes into a detached CMS
// (base64). In development it is the user's key file from the development CA (.p12 or PEM), read and used
// only in this page (the private key never leaves the browser); in production NCALayer plugs in behind the
// same interface (nca-layer-signer.ts).
// Node's names for the Web Crypto types (the workspace has no DOM library); only types, gone from the bundle.
import type { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { readKeyFiles, type KeyFile } from './key-files';
import { SigningError } from './signing-error';

/** The one seam: sign these bytes, give a detached CMS SignedData in base64 (what POST /api/requests takes). */
export interface RequestSigner {
  sign(bytes: Uint8Array): Promise<string>;
}

const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  rsaEncryption: '1.2.840.113549.1.1.1',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** How the certificate's key signs: ECDSA P-256 / P-384 or RSA PKCS#1 v1.5, with the matching hash. */
function keyAlgorithmOf(certificate: pkijs.Certificate): { importAs: webcrypto.EcKeyImportParams | webcrypto.RsaHashedImportParams; hash: string } {
  const spki = certificate.subjectPublicKeyInfo.algorithm;
  if (spki.algorithmId === OID.rsaEncryption) return { importAs: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, hash: 'SHA-256' };
  if (spki.algorithmId === OID.ecPublicKey && spki.algorithmParams instanceof asn1js.ObjectIdentifier) {
    const curve = spki.algorithmParams.valueBlock.toString();
    if (curve === OID.p256) return { importAs: { name: 'ECDSA', namedCurve: 'P-256' }, hash: 'SHA-256' };
    if (curve === OID.p384) return { importAs: { name: 'ECDSA', namedCurve: 'P-384' }, hash: 'SHA-384' };
  }
  throw new SigningError('key_algorithm');
}

export interface KeyFileSignerOptions {
  /** The .p12 file's password (PEM files have none). */
  readonly password?: string;
  readonly crypto?: webcrypto.Crypto;
  readonly now?: () => Date;
}

/**
 * The development signer: the user's key file as the development CA wrote it — `<account>.p12` with its
 * password, or `<account>.key.pem` (an unencrypted PKCS#8 key) with `<account>.cert.pem`, chosen together or
 * as one file holding both. The CMS carries the signer's certificate, a signingTime, and not the content
 * (detached), as `openssl cms -sign -binary -md sha256` and NCALayer's detached CAdES do.
 */
export class KeyFileSigner implements RequestSigner {
  private readonly password: string;
  private readonly crypto: webcrypto.Crypto;
  private readonly now: () => Date;

  constructor(
    private readonly files: readonly KeyFile[],
    options: KeyFileSignerOptions = {},
  ) {
    this.password = options.password ?? '';
    this.crypto = options.crypto ?? globalThis.crypto;
    this.now = options.now ?? (() => new Date());
  }

  async sign(bytes: Uint8Array): Promise<string> {
    const engine = new pkijs.CryptoEngine({ name: 'browser', crypto: this.crypto });
    const { privateKeyPkcs8, certificate } = await readKeyFiles(this.files, this.password, engine);
    const { importAs, hash } = keyAlgorithmOf(certificate);
    let privateKey: webcrypto.CryptoKey;
    try {
      privateKey = await this.crypto.subtle.importKey('pkcs8', privateKeyPkcs8, importAs, false, ['sign']);
    } catch {
      throw new SigningError('key_format');
    }

    const data = arrayBufferOf(bytes);
    const digest = await this.crypto.subtle.digest(hash, data);
    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
              new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
              new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: this.now() })] }),
            ],
          }),
        }),
      ],
      certificates: [certificate],
    });
    await signedData.sign(privateKey, 0, hash, data, engine);
    const der = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER();

    // A key from one file and a certificate from another: caught here (the CMS read back as the platform reads
    // it), in words the user can act on rather than the platform's "the signature does not verify".
    const readBack = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(der).content });
    const matches = await readBack.verify({ signer: 0, data, checkChain: false }, engine).catch(() => false);
    if (matches !== true) throw new SigningError('key_not_certificate');
    return toBase64(new Uint8Array(der));
  }
}
