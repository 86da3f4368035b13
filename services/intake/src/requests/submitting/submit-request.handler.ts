import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, requestStream, type SubmitRequestMessage, type SubmitRequestReply, type Verified } from '@od/contracts';
import { decideRequest, evolveRequest, idFromClientCommand, initialRequestState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, clientCommandEnvelope, EVENT_STORE, handleCommand, holderIsRegistered, readPlatformConfig, type Clock } from '@od/platform';
import { canonicalRequestBytes, toSignedRequestPayload, type SignatureVerifier } from '@od/signatures';
import { SIGNATURE_VERIFIER } from './signature-verifier.provider';

@Controller()
export class SubmitRequestHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SIGNATURE_VERIFIER) private readonly signatures: SignatureVerifier,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'intake', 'submit-request'))
  async submit(@Payload() message: Verified<SubmitRequestMessage>): Promise<SubmitRequestReply> {
    const now = this.clock.now();
    // R1: the signature covers exactly the fields the author sent, rebuilt here, never the client's bytes.
    const verification = await this.signatures.verify({
      payloadBytes: canonicalRequestBytes(toSignedRequestPayload({ commandId: message.commandId, ...message.data })),
      signatureBase64: message.data.signature,
      account: message.account,
      now,
    });
    if (!verification.ok) {
      return { ok: false, rejection: { code: verification.code, rule: 'R1', field: 'signature', message: verification.message.en, messages: verification.message } };
    }

    // The request id is derived from the command id, so a retried command lands on the same stream.
    const requestId = idFromClientCommand('request', message.commandId);
    const { signature: cms, ...request } = message.data;
    const author = { kind: message.actor.kind === 'organisation' ? 'organisation' : 'citizen', id: message.actor.id } as const;
    const signature = {
      cms,
      certificateFingerprintSha256: verification.evidence.certificateFingerprintSha256,
      certificateSerialNumber: verification.evidence.serialNumber,
      certificateIssuer: verification.evidence.issuer,
      ...(verification.evidence.signedAt ? { signedAt: verification.evidence.signedAt } : {}),
    };
    const holderExists = await holderIsRegistered(this.store, request.holderId);
    const outcome = await handleCommand(this.store, {
      streamId: requestStream(requestId),
      expected: 'new',
      initialState: initialRequestState,
      evolve: evolveRequest,
      decide: (state) =>
        decideRequest(
          { type: 'SubmitRequest', data: { requestId, author, ...request }, context: { now, holderExists, signature } },
          state,
        ),
      // The signature is not part of what the command is: a re-signed retry of the same request is the same command.
      command: clientCommandEnvelope(message, now, 'SubmitRequest', request),
      holderId: request.holderId,
    });
    return outcome.ok ? { ok: true, requestId, position: outcome.position } : outcome;
  }
}
