import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nkeys } from '@nats-io/transport-node';

/**
 * Seeds are the secrets: `<dir>/<user name>.nk`, one nkey user seed (`SU…`) per file, mode 0600, never
 * committed. A seed is made only for a user that has none, so adding a holder adds one file and keeps
 * every other agency's credentials.
 */

export function seedFile(seedsDir: string, userName: string): string {
  return path.join(seedsDir, `${userName}.nk`);
}

/** The public key (`U…`) of a user seed; throws on anything that is not one. */
export function publicKeyOfSeed(seed: string): string {
  const keyPair = nkeys.fromSeed(new TextEncoder().encode(seed.trim()));
  const publicKey = keyPair.getPublicKey();
  if (!publicKey.startsWith('U')) throw new Error('not a user nkey seed (it must start with SU)');
  return publicKey;
}

export function readSeed(file: string): string {
  const seed = readFileSync(file, 'utf8').trim();
  try {
    publicKeyOfSeed(seed);
  } catch (error) {
    throw new Error(`${file} does not hold an nkey user seed: ${(error as Error).message}`);
  }
  return seed;
}

export interface EnsuredSeed {
  readonly publicKey: string;
  readonly created: boolean;
}

/** Reads the user's seed, or creates one when there is none (never overwriting one made meanwhile). */
export function ensureSeed(seedsDir: string, userName: string): EnsuredSeed {
  mkdirSync(seedsDir, { recursive: true, mode: 0o700 });
  const file = seedFile(seedsDir, userName);
  const seed = new TextDecoder().decode(nkeys.createUser().getSeed());
  try {
    writeFileSync(file, `${seed}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return { publicKey: publicKeyOfSeed(seed), created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { publicKey: publicKeyOfSeed(readSeed(file)), created: false };
  }
}
