// A test or development user's key and certificate as one password-protected PKCS#12 (.p12) file, the form
// Kazakh NCA key files take. Laid out as OpenSSL 3 writes one by default, so that what reads ours reads
// theirs: the certificate in a PBES2-encrypted SafeContents, the key in a PKCS#8 shrouded key bag (PBES2:
// PBKDF2 with HMAC-SHA-256, AES-256-CBC), both bags tagged with the same localKeyId, and an HMAC-SHA-256
// MAC over the whole made with the password (RFC 7292's key derivation).
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { pkiEngine, webCrypto } from '../web-crypto';
import type { TestCertificate } from './test-ca';

/** The password of every `.p12` file the development CA writes (documented in the README next to the files). */
export const DEV_KEY_FILE_PASSWORD = 'open-dialogue-dev';

const OID = {
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
};

/** OpenSSL 3's defaults (`openssl pkcs12 -export`): PBKDF2 with 2048 iterations, AES-256-CBC, HMAC-SHA-256. */
const ENCRYPTION = { contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 }, hmacHashAlgorithm: 'SHA-256', iterationCount: 2048 };

export interface Pkcs12Options {
  /** Shown by key-store tools as the entry's name. */
  readonly friendlyName?: string;
}

/** The user's private key and certificate as a DER PKCS#12 file protected by `password`. */
export async function pkcs12KeyFile(user: TestCertificate, password: string, options: Pkcs12Options = {}): Promise<Uint8Array> {
  const passwordBytes = new TextEncoder().encode(password).buffer as ArrayBuffer;
  const certificate = pkijs.Certificate.fromBER(user.certificate.rawData);
  const privateKey = pkijs.PrivateKeyInfo.fromBER(await webCrypto.subtle.exportKey('pkcs8', user.keys.privateKey));
  const localKeyId = await webCrypto.subtle.digest('SHA-1', user.certificate.rawData);
  const bagAttributes = [
    new pkijs.Attribute({ type: OID.localKeyId, values: [new asn1js.OctetString({ valueHex: localKeyId })] }),
    ...(options.friendlyName ? [new pkijs.Attribute({ type: OID.friendlyName, values: [new asn1js.BmpString({ value: options.friendlyName })] })] : []),
  ];

  const keyBag = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: privateKey });
  await keyBag.makeInternalValues({ password: passwordBytes, ...ENCRYPTION }, pkiEngine);
  const certificates = new pkijs.SafeContents({
    safeBags: [new pkijs.SafeBag({ bagId: OID.certBag, bagValue: new pkijs.CertBag({ parsedValue: certificate }), bagAttributes })],
  });
  const keys = new pkijs.SafeContents({ safeBags: [new pkijs.SafeBag({ bagId: OID.pkcs8ShroudedKeyBag, bagValue: keyBag, bagAttributes })] });

  const authenticatedSafe = new pkijs.AuthenticatedSafe({
    parsedValue: {
      safeContents: [
        { privacyMode: 1, value: certificates }, // encrypted with the password
        { privacyMode: 0, value: keys }, // plain Data: the key bag is itself encrypted
      ],
    },
  });
  await authenticatedSafe.makeInternalValues({ safeContents: [{ password: passwordBytes, ...ENCRYPTION }, {}] }, pkiEngine);

  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({ password: passwordBytes, iterations: 2048, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' }, pkiEngine);
  return new Uint8Array(pfx.toSchema().toBER(false));
}
