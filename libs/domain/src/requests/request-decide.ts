import type { RequestLanguage, RequestSignatureEvidence, RequestSubmitted } from '@od/contracts';
import { accept, reject, type Decision } from '../shared/decision';
import type { RequestState } from './request';

export const REQUEST_LIMITS = { subjectMaxLength: 300, textMaxLength: 10_000 } as const;

export interface SubmitRequest {
  readonly type: 'SubmitRequest';
  readonly data: {
    readonly requestId: string;
    readonly holderId: string;
    readonly author: { readonly kind: 'citizen' | 'organisation'; readonly id: string };
    readonly subject: string;
    readonly text: string;
    readonly language: RequestLanguage;
  };
  /** `signature`: evidence of an EDS already verified against the author's account (R1). */
  readonly context: { readonly now: Date; readonly holderExists: boolean; readonly signature: RequestSignatureEvidence };
}

export type RequestCommand = SubmitRequest;

export type RequestRejectionCode = 'holder_unknown' | 'request_already_submitted' | 'request_text_empty';

export function decideRequest(command: RequestCommand, state: RequestState): Decision<RequestSubmitted, RequestRejectionCode> {
  switch (command.type) {
    case 'SubmitRequest':
      return submit(command, state);
    default: {
      const unknownCommand: never = command.type;
      return unknownCommand;
    }
  }
}

function submit(command: SubmitRequest, state: RequestState): Decision<RequestSubmitted, RequestRejectionCode> {
  if (state.status !== 'not_submitted') {
    return reject({ code: 'request_already_submitted', message: `Request ${command.data.requestId} was already submitted` });
  }
  if (!command.context.holderExists) {
    return reject({ code: 'holder_unknown', field: 'holderId', message: `No information holder has the id "${command.data.holderId}"` });
  }
  const subject = command.data.subject.trim();
  const text = command.data.text.trim();
  if (subject.length === 0 || text.length === 0) {
    return reject({ code: 'request_text_empty', field: subject.length === 0 ? 'subject' : 'text', message: 'The subject and the text must not be blank' });
  }
  return accept<RequestSubmitted>({
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: command.data.requestId,
      holderId: command.data.holderId,
      author: command.data.author,
      subject,
      text,
      language: command.data.language,
      submittedAt: command.context.now.toISOString(),
      signature: command.context.signature,
    },
  });
}
