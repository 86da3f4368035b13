import 'reflect-metadata'; // @peculiar/x509 needs it before it loads (tsyringe)
import * as pkijs from 'pkijs';

/** Node's WebCrypto, passed explicitly to pkijs and @peculiar/x509 (no global engine is changed). */
export const webCrypto = globalThis.crypto;

export const pkiEngine = new pkijs.CryptoEngine({ name: 'node', crypto: webCrypto });

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return toHex(await webCrypto.subtle.digest('SHA-256', view));
}
