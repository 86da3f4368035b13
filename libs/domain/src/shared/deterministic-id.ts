import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5): the same command id always yields the same request id and
 * the same event ids, so a retried command lands on the same stream with the same events and the
 * store recognises it.
 */
export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Namespaces of the ids the platform derives; fixed forever, since changing one breaks idempotency. */
export const ID_NAMESPACES = {
  request: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a01',
  event: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a02',
} as const;

export function eventIdFor(commandId: string, index: number): string {
  return uuidV5(`${commandId}/${index}`, ID_NAMESPACES.event);
}
