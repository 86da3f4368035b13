import { requestStream, submitRequest } from '@od/contracts';
import { idFromClientCommand, requestAggregate } from '@od/domain';
import { holderOnRecordInStore, routesFor } from '@od/platform';
import { canonicalRequestBytes, toSignedRequestPayload, type SignatureVerifier } from '@od/signatures';

/** What intake's row needs beyond the store: the EDS verifier (R1). */
export interface IntakeDependencies {
  readonly signatures: SignatureVerifier;
}

/** The request id derives from the command id, so a retried command lands on the same stream. */
const requestIdOf = (message: { readonly commandId: string }) => idFromClientCommand('request', message.commandId);

/**
 * R1: a signed request opens its own stream. The signature is verified before anything is read: it covers
 * exactly the fields the author sent, rebuilt here, never the client's bytes.
 */
export const requestsRoutes = routesFor(requestAggregate)
  .withDependencies<IntakeDependencies>()
  .on(submitRequest, {
    stream: (message) => requestStream(requestIdOf(message)),
    expected: 'new',
    command: async (message, { now, store, deps }) => {
      const verification = await deps.signatures.verify({
        payloadBytes: canonicalRequestBytes(toSignedRequestPayload({ commandId: message.commandId, ...message.data })),
        signatureBase64: message.data.signature,
        account: message.account,
        now,
      });
      if (!verification.ok) {
        return {
          ok: false,
          rejection: { code: verification.code, rule: 'R1', field: 'signature', message: verification.message.en, messages: verification.message },
        };
      }
      const { signature: cms, ...request } = message.data;
      const author = { kind: message.actor.kind === 'organisation' ? 'organisation' : 'citizen', id: message.actor.id } as const;
      const signature = {
        cms,
        certificateFingerprintSha256: verification.evidence.certificateFingerprintSha256,
        certificateSerialNumber: verification.evidence.serialNumber,
        certificateIssuer: verification.evidence.issuer,
        ...(verification.evidence.signedAt ? { signedAt: verification.evidence.signedAt } : {}),
      };
      const holder = await holderOnRecordInStore(store, request.holderId);
      return { type: 'SubmitRequest', data: { requestId: requestIdOf(message), author, ...request }, context: { now, holder, signature } };
    },
    // The signature is not part of what the command is: a re-signed retry of the same request is the same command.
    fingerprintBody: ({ data: { signature: _signature, ...request } }) => request,
    reply: (message, { position }) => ({ requestId: requestIdOf(message), position }),
  });
