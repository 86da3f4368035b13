import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';

export interface SigningKey {
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** The provider's RS256 key: made once and kept in `file`, so tokens survive a restart. */
export async function loadOrCreateSigningKey(file: string): Promise<SigningKey> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
    return { privateKey: (await importJWK(stored.privateJwk, 'RS256')) as CryptoKey, publicJwk: stored.publicJwk };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ privateJwk, publicJwk }), { mode: 0o600 });
  return { privateKey, publicJwk };
}
