// What the user chose in the key-file field, read in this page only: a password-protected PKCS#12 (.p12)
// file, as Kazakh NCA key files are, or PEM files (an unencrypted PKCS#8 key and its certificate, chosen
// together or as one file holding both). Either gives one private key (PKCS#8) and its certificate.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { SigningError } from './signing-error';

/** A chosen file: its bytes, or (for PEM) its text. */
export type KeyFile = Uint8Array | string;

export interface KeyMaterial {
  readonly privateKeyPkcs8: ArrayBuffer;
  readonly certificate: pkijs.Certificate;
}

const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  localKeyId: '1.2.840.113549.1.9.21',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  encryptedData: '1.2.840.113549.1.7.6',
};

const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The key and the certificate in the chosen files; a {@link SigningError} saying what to choose otherwise. */
export async function readKeyFiles(files: readonly KeyFile[], password: string, engine: pkijs.CryptoEngine): Promise<KeyMaterial> {
  if (files.length === 0) throw new SigningError('no_key_file');
  const keys: ArrayBuffer[] = [];
  const certificates: pkijs.Certificate[] = [];
  let oldKeyForm = false;
  for (const file of files) {
    const text = typeof file === 'string' ? file : pemTextOf(file);
    if (text !== undefined) {
      const blocks = pemBlocks(text);
      if (blocks.length === 0) throw new SigningError('unknown_file');
      for (const block of blocks) {
        if (block.label === 'PRIVATE KEY') keys.push(arrayBufferOf(block.der));
        else if (block.label.endsWith('PRIVATE KEY')) oldKeyForm = true;
        else if (block.label === 'CERTIFICATE') certificates.push(certificateOf(block.der));
      }
    } else {
      const contents = await readPkcs12(file as Uint8Array, password, engine);
      keys.push(...contents.keys);
      certificates.push(...contents.certificates);
    }
  }
  if (keys.length === 0) throw new SigningError(oldKeyForm ? 'key_format' : 'no_private_key');
  if (certificates.length === 0) throw new SigningError('no_certificate');
  // A .p12 may also carry its CA certificates: the user's own is the one that is not a CA.
  const certificate = certificates.find((candidate) => !isCa(candidate)) ?? certificates[0];
  return { privateKeyPkcs8: keys[0], certificate };
}

/** PEM files are text starting with `-----BEGIN`; a .p12 is DER (a SEQUENCE), never that. */
function pemTextOf(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.includes('-----BEGIN ') || bytes[0] !== 0x30 ? text : undefined;
}

interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g)) {
    let binary: string;
    try {
      binary = atob(match[2].replace(/\s+/g, ''));
    } catch {
      continue;
    }
    blocks.push({ label: match[1], der: Uint8Array.from(binary, (character) => character.charCodeAt(0)) });
  }
  return blocks;
}

function certificateOf(der: ArrayBuffer | Uint8Array): pkijs.Certificate {
  try {
    return pkijs.Certificate.fromBER(der instanceof Uint8Array ? arrayBufferOf(der) : der);
  } catch {
    throw new SigningError('unknown_file');
  }
}

function isCa(certificate: pkijs.Certificate): boolean {
  const basicConstraints = certificate.extensions?.find((extension) => extension.extnID === '2.5.29.19')?.parsedValue;
  return basicConstraints instanceof pkijs.BasicConstraints && basicConstraints.cA === true;
}

/**
 * A PKCS#12 file as OpenSSL 3, Java's keytool and the development CA write it: the MAC checked with the
 * password first (a wrong password is told apart from a damaged file), then the SafeContents and key bags
 * decrypted. PKI.js and Web Crypto decrypt PBES2 (PBKDF2 with AES) only; files protected with the older
 * PKCS#12 PBE schemes (3DES, RC2: `openssl pkcs12 -legacy`, old exports) are refused as `p12_legacy`.
 */
async function readPkcs12(
  bytes: Uint8Array,
  password: string,
  engine: pkijs.CryptoEngine,
): Promise<{ keys: ArrayBuffer[]; certificates: pkijs.Certificate[] }> {
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(arrayBufferOf(bytes));
  } catch {
    throw new SigningError('unknown_file');
  }
  if (password === '') throw new SigningError('p12_no_password');
  const passwordBytes = arrayBufferOf(new TextEncoder().encode(password));
  try {
    await pfx.parseInternalValues({ password: passwordBytes, checkIntegrity: pfx.macData !== undefined }, engine);
  } catch (error) {
    throw new SigningError(/integrity/i.test(String(error)) ? 'p12_password' : 'unknown_file');
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new SigningError('unknown_file');
  if (authenticatedSafe.safeContents.some((content) => content.contentType === OID.encryptedData && encryptedDataAlgorithm(content) !== OID.pbes2)) {
    throw new SigningError('p12_legacy');
  }
  // Without a MAC, a failed decryption is the only sign of a wrong password.
  const decryptionFailed = pfx.macData ? 'p12_legacy' : 'p12_password';
  try {
    await authenticatedSafe.parseInternalValues({ safeContents: authenticatedSafe.safeContents.map(() => ({ password: passwordBytes })) }, engine);
  } catch {
    throw new SigningError(decryptionFailed);
  }

  const keys: ArrayBuffer[] = [];
  const certificates: pkijs.Certificate[] = [];
  const safeContents: { value: pkijs.SafeContents }[] = authenticatedSafe.parsedValue?.safeContents ?? [];
  for (const bag of safeContents.flatMap((content) => content.value.safeBags)) {
    if (bag.bagId === OID.keyBag) keys.push((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER(false));
    if (bag.bagId === OID.pkcs8ShroudedKeyBag) {
      const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
      if (!isPbes2(shrouded.encryptionAlgorithm)) throw new SigningError('p12_legacy');
      let decrypted: ArrayBuffer;
      try {
        decrypted = await new pkijs.EncryptedData({
          encryptedContentInfo: new pkijs.EncryptedContentInfo({
            contentEncryptionAlgorithm: shrouded.encryptionAlgorithm,
            encryptedContent: shrouded.encryptedData,
          }),
        }).decrypt({ password: passwordBytes }, engine);
      } catch {
        throw new SigningError(decryptionFailed);
      }
      keys.push(decrypted);
    }
    if (bag.bagId === OID.certBag) {
      const certBag = bag.bagValue as pkijs.CertBag;
      if (certBag.certId === OID.x509Certificate && certBag.parsedValue instanceof pkijs.Certificate) certificates.push(certBag.parsedValue);
    }
  }
  return { keys, certificates };
}

/**
 * EncryptedData's contentEncryptionAlgorithm, read off the ASN.1 without PKI.js' EncryptedData: building that
 * from the same ASN.1 twice fails the second time (its schema check changes the input), and
 * AuthenticatedSafe.parseInternalValues builds it next.
 *   EncryptedData ::= SEQUENCE { version, encryptedContentInfo SEQUENCE { contentType, contentEncryptionAlgorithm SEQUENCE { OID, … }, … } }
 */
function encryptedDataAlgorithm(content: pkijs.ContentInfo): string | undefined {
  const encryptedContentInfo = childOf(content.content, 1);
  const algorithm = childOf(childOf(encryptedContentInfo, 1), 0);
  return algorithm instanceof asn1js.ObjectIdentifier ? algorithm.valueBlock.toString() : undefined;
}

function childOf(node: unknown, index: number): unknown {
  return node instanceof asn1js.Sequence ? node.valueBlock.value[index] : undefined;
}

const isPbes2 = (algorithm: pkijs.AlgorithmIdentifier) => algorithm.algorithmId === OID.pbes2;
