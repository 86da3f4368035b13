import 'reflect-metadata'; // @peculiar/x509 needs it before it loads (tsyringe)
import * as asn1js from 'asn1js';
import { X509Certificate } from '@peculiar/x509';
import * as pkijs from 'pkijs';
import { refuse, type Refusal } from './refusal';
import { pkiEngine, toArrayBuffer } from './web-crypto';

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_DATA = '1.2.840.113549.1.7.1';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

/** Digests a signature may use: SHA-256/384/512 (SHA-1 and MD5 are refused). */
const DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** Signature algorithms: RSA PKCS#1 v1.5 (bare or with the hash named), RSASSA-PSS, ECDSA. */
const SIGNATURE_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'RSA PKCS#1 v1.5',
  '1.2.840.113549.1.1.11': 'RSA PKCS#1 v1.5 with SHA-256',
  '1.2.840.113549.1.1.12': 'RSA PKCS#1 v1.5 with SHA-384',
  '1.2.840.113549.1.1.13': 'RSA PKCS#1 v1.5 with SHA-512',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.10045.4.3.2': 'ECDSA with SHA-256',
  '1.2.840.10045.4.3.3': 'ECDSA with SHA-384',
  '1.2.840.10045.4.3.4': 'ECDSA with SHA-512',
};

/**
 * How many certificates a signature may carry (signer included): the signer and its issuers up to the root
 * are three or four in practice. Counted before anything looks at them: each one is parsed, and every
 * candidate multiplies the work of finding the signer and of building the chain (60 junk certificates
 * cost 0.4 s of CPU per request).
 */
export const DEFAULT_MAX_EMBEDDED_CERTIFICATES = 5;

/** Upper bound on the decoded signature: a CMS with a three-certificate RSA-4096 chain is under 8 KiB. */
export const MAX_SIGNATURE_BYTES = 64 * 1024;

export interface VerifiedSignedData {
  readonly signer: X509Certificate;
  /** The certificates the signature carries, signer included: candidates for the chain. */
  readonly embedded: readonly X509Certificate[];
  /** The signingTime signed attribute, if there is one. */
  readonly signingTime?: Date;
  readonly attached: boolean;
}

/** Strict base64 (standard alphabet, padding optional, line breaks and spaces allowed). */
export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/**
 * Reads a CMS SignedData and checks its one signature over `payload`: the structure, the content type,
 * attached content (allowed only when it equals `payload`), the digest and signature algorithms, the
 * message-digest attribute and the signature value. Who the signer is, is decided later.
 */
export async function verifySignedData(
  signatureBase64: string,
  payload: Uint8Array,
  maxEmbeddedCertificates: number = DEFAULT_MAX_EMBEDDED_CERTIFICATES,
): Promise<VerifiedSignedData | Refusal> {
  const bad = (detail: string) => refuse('signature_invalid', detail);
  if (signatureBase64.length > (MAX_SIGNATURE_BYTES * 4) / 3 + 1024) return bad('the signature is larger than 64 KiB');
  const der = decodeBase64(signatureBase64);
  if (der === undefined) return bad('the signature is not base64');

  let signedData: pkijs.SignedData;
  try {
    // Counted on the encoding's outline, before any parse: asn1js alone spends ~4 ms on each certificate.
    const carried = carriedCertificatesAndCrls(der);
    if (carried === undefined) return bad('the signature is not DER shaped like a CMS ContentInfo');
    if (carried > maxEmbeddedCertificates) {
      return refuse(
        'signature_too_many_certificates',
        `the signature carries ${carried} certificates and CRLs, at most ${maxEmbeddedCertificates} are accepted`,
      );
    }
    const parsed = asn1js.fromBER(der);
    if (parsed.offset === -1) return bad(`the signature is not DER: ${parsed.result.error}`);
    if (parsed.offset !== der.byteLength) return bad('the signature has bytes after its DER structure');
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID_SIGNED_DATA) return bad(`the CMS content type is ${contentInfo.contentType}, not SignedData`);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return bad(`the signature is not a CMS SignedData: ${(error as Error).message}`);
  }

  if (signedData.signerInfos.length !== 1) return bad(`the signature has ${signedData.signerInfos.length} signers, exactly one is expected`);
  const [signerInfo] = signedData.signerInfos;
  const encap = signedData.encapContentInfo;
  if (encap.eContentType !== OID_DATA) return bad(`the signed content type is ${encap.eContentType}, not data`);

  const attached = encap.eContent !== undefined;
  if (encap.eContent) {
    const content = new Uint8Array(encap.eContent.getValue());
    if (!Buffer.from(content).equals(Buffer.from(payload))) return bad('the content attached to the signature is not the request');
  }

  const digestOid = signerInfo.digestAlgorithm.algorithmId;
  if (DIGESTS[digestOid] === undefined) return bad(`digest algorithm ${digestOid} is not accepted (SHA-256, SHA-384 or SHA-512)`);
  const signatureOid = signerInfo.signatureAlgorithm.algorithmId;
  if (SIGNATURE_ALGORITHMS[signatureOid] === undefined) return bad(`signature algorithm ${signatureOid} is not supported by this verifier`);

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const contentType = attributes.find((attribute) => attribute.type === OID_CONTENT_TYPE)?.values[0];
  if (contentType instanceof asn1js.ObjectIdentifier && contentType.valueBlock.toString() !== OID_DATA) {
    return bad('the content-type attribute does not name data');
  }

  let verified: pkijs.SignedDataVerifyResult;
  try {
    verified = await signedData.verify(
      // An attached signature carries the same bytes (checked above); pkijs reads them from eContent.
      { signer: 0, data: toArrayBuffer(payload), checkChain: false, extendedMode: true },
      pkiEngine,
    );
  } catch (error) {
    return bad(`the signature does not verify: ${(error as Error).message}`);
  }
  if (verified.signatureVerified !== true || !verified.signerCertificate) return bad('the signature value does not verify over the request bytes');

  const embedded = (signedData.certificates ?? [])
    .filter((certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate)
    .map((certificate) => new X509Certificate(certificate.toSchema().toBER()));
  return {
    signer: new X509Certificate(verified.signerCertificate.toSchema().toBER()),
    embedded,
    signingTime: signingTimeOf(attributes),
    attached,
  };
}

interface Tlv {
  /** 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly tagClass: number;
  readonly tagNumber: number;
  readonly contentStart: number;
  /** Where the element ends (after its end-of-contents octets when its length is indefinite). */
  readonly end: number;
}

const MAX_OUTLINE_DEPTH = 32;

/** Reads one element's tag and length at `at`, skipping its content; undefined when the bytes are not BER. */
function readTlv(der: Uint8Array, at: number, limit: number, depth = 0): Tlv | undefined {
  if (depth > MAX_OUTLINE_DEPTH || at >= limit) return undefined;
  let position = at;
  const first = der[position++];
  let tagNumber = first & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let octets = 0; ; octets++) {
      if (position >= limit || octets > 3) return undefined;
      const next = der[position++];
      tagNumber = tagNumber * 128 + (next & 0x7f);
      if ((next & 0x80) === 0) break;
    }
  }
  if (position >= limit) return undefined;
  const lengthOctet = der[position++];
  const contentStart = (count: number) => position + count;
  if (lengthOctet === 0x80) {
    // Indefinite (BER): the content is elements up to two zero octets.
    if ((first & 0x20) === 0) return undefined;
    let child = position;
    while (child + 1 < limit && !(der[child] === 0 && der[child + 1] === 0)) {
      const element = readTlv(der, child, limit, depth + 1);
      if (!element) return undefined;
      child = element.end;
    }
    if (child + 1 >= limit) return undefined;
    return { tagClass: first >> 6, tagNumber, contentStart: position, end: child + 2 };
  }
  let length = lengthOctet;
  let lengthOctets = 0;
  if (lengthOctet & 0x80) {
    lengthOctets = lengthOctet & 0x7f;
    if (lengthOctets > 4 || position + lengthOctets > limit) return undefined;
    length = 0;
    for (let index = 0; index < lengthOctets; index++) length = length * 256 + der[position + index];
  }
  const end = contentStart(lengthOctets) + length;
  if (end > limit) return undefined;
  return { tagClass: first >> 6, tagNumber, contentStart: contentStart(lengthOctets), end };
}

/** The elements inside a constructed element, by their headers only. */
function childrenOf(der: Uint8Array, parent: Tlv, depth: number): Tlv[] | undefined {
  const children: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end && !(der[at] === 0 && der[at + 1] === 0 && at + 2 === parent.end);) {
    const child = readTlv(der, at, parent.end, depth);
    if (!child) return undefined;
    children.push(child);
    at = child.end;
  }
  return children;
}

/**
 * How many entries SignedData's `certificates [0]` and `crls [1]` sets hold, read from the tags and lengths
 * of ContentInfo → [0] → SignedData without parsing anything inside them; undefined when the bytes are not
 * shaped like a ContentInfo.
 */
export function carriedCertificatesAndCrls(der: Uint8Array): number | undefined {
  const contentInfo = readTlv(der, 0, der.byteLength);
  if (!contentInfo) return undefined;
  const [, explicitContent] = childrenOf(der, contentInfo, 1) ?? [];
  if (!explicitContent) return undefined;
  const [signedData] = childrenOf(der, explicitContent, 2) ?? [];
  if (!signedData) return undefined;
  const fields = childrenOf(der, signedData, 3);
  if (!fields) return undefined;
  let count = 0;
  for (const field of fields.filter((candidate) => candidate.tagClass === 2 && (candidate.tagNumber === 0 || candidate.tagNumber === 1))) {
    const entries = childrenOf(der, field, 4);
    if (!entries) return undefined;
    count += entries.length;
  }
  return count;
}

function signingTimeOf(attributes: readonly pkijs.Attribute[]): Date | undefined {
  const value = attributes.find((attribute) => attribute.type === OID_SIGNING_TIME)?.values[0];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
