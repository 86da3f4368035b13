// The request as it is signed (R1), shared by the page's script in the browser and the portal's server: both
// take the fields the same way, so the bytes the browser signs are the bytes the gateway rebuilds and checks.
// No Node or DOM here: it is bundled into the browser script as it is.
import canonicalize from 'canonicalize';

/** The fields a user signs: the same five, under the same names, as libs/signatures' SignedRequestPayload. */
export interface SignedRequestFields {
  readonly commandId: string;
  readonly holderId: string;
  readonly subject: string;
  readonly text: string;
  readonly language: string;
}

/**
 * A browser sends a textarea's line breaks as CR LF while its script reads them as LF: both sides make them LF
 * before signing and before sending, so a request of several lines is signed and checked over the same bytes.
 */
export const withLineFeeds = (value: string): string => value.replace(/\r\n?/g, '\n');

/** Exactly the signed fields from a form's values (anything else left out); a missing one is empty. */
export function signedRequestFields(values: Readonly<Record<string, unknown>>): SignedRequestFields {
  const text = (name: string) => (typeof values[name] === 'string' ? withLineFeeds(values[name] as string) : '');
  return { commandId: text('commandId'), holderId: text('holderId'), subject: text('subject'), text: text('text'), language: text('language') };
}

/**
 * The bytes that get signed: RFC 8785 (JSON Canonicalization Scheme) of the five fields, UTF-8 — what
 * libs/signatures' canonicalRequestBytes(toSignedRequestPayload(...)) gives (a unit test holds them equal).
 */
export function canonicalSignedBytes(fields: SignedRequestFields): Uint8Array {
  const { commandId, holderId, subject, text, language } = fields;
  return new TextEncoder().encode(canonicalize({ commandId, holderId, subject, text, language }) as string);
}
