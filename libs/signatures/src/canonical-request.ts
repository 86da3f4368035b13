import canonicalize from 'canonicalize';

/**
 * What a user signs when sending a request to an information holder (DESIGN R1). Every field is part of
 * the signed bytes, so the request the holder receives is exactly the one the user saw and signed.
 */
export interface SignedRequestPayload {
  /** The client-chosen command id (UUID); the same signature cannot be replayed as another command. */
  readonly commandId: string;
  /** The information holder (agency) the request is addressed to. */
  readonly holderId: string;
  readonly subject: string;
  readonly text: string;
  /** The language of the request text: `kk`, `ru` or `en`. */
  readonly language: string;
}

/** A JSON value as JSON.parse returns it: what RFC 8785 can canonicalise. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The signed fields of a request. JCS sorts keys, so this order does not matter for the bytes. */
export const SIGNED_REQUEST_FIELDS = ['commandId', 'holderId', 'subject', 'text', 'language'] as const;

export class CanonicalFormError extends Error {
  override readonly name = 'CanonicalFormError';
}

/**
 * The exact bytes that get signed: the RFC 8785 (JSON Canonicalization Scheme) form of the object,
 * encoded as UTF-8. Keys are sorted by UTF-16 code units, there is no whitespace, strings use the
 * minimal JSON escaping and numbers the ECMAScript shortest form.
 *
 * The object is canonicalised as given, every property included: build it with
 * {@link toSignedRequestPayload} from a DTO, so an extra property (a `signature` field, say) never
 * changes the bytes.
 */
export function canonicalRequestBytes(payload: SignedRequestPayload | { readonly [key: string]: JsonValue }): Uint8Array {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new CanonicalFormError('the signed payload must be a JSON object');
  }
  let text: string | undefined;
  try {
    text = canonicalize(payload);
  } catch (error) {
    throw new CanonicalFormError(`the signed payload cannot be canonicalised: ${(error as Error).message}`);
  }
  if (text === undefined) throw new CanonicalFormError('the signed payload cannot be represented as JSON');
  return new TextEncoder().encode(text);
}

/** Takes exactly the signed fields from a request DTO (anything else is left out); each must be a string. */
export function toSignedRequestPayload(source: Readonly<Record<keyof SignedRequestPayload, unknown>>): SignedRequestPayload {
  for (const field of SIGNED_REQUEST_FIELDS) {
    if (typeof source[field] !== 'string') throw new CanonicalFormError(`${field} must be a string`);
  }
  const { commandId, holderId, subject, text, language } = source as SignedRequestPayload;
  return { commandId, holderId, subject, text, language };
}
