import type { CallerCredentials } from '../identity/caller';
import type { RequestViewDetails } from '../read-models/request-reads';
import type { RequestLanguage } from './request-events';

/**
 * Request/reply messages between the gateway and the services on NATS (`<root>.commands.*`,
 * `<root>.queries.*`). Internal to the platform; agencies read facts, not these.
 */

export interface CommandMessage<Data> {
  readonly commandId: string;
  readonly correlationId: string;
  /** Who acts: verified by the receiving service, which derives the actor, holder, roles and account from it. */
  readonly caller: CallerCredentials;
  readonly data: Data;
}

export type SubmitRequestMessage = CommandMessage<{
  readonly holderId: string;
  readonly subject: string;
  readonly text: string;
  readonly language: RequestLanguage;
  /** Detached CMS over the canonical request, base64 (R1). */
  readonly signature: string;
}>;

export interface RejectionReply {
  readonly ok: false;
  readonly rejection: {
    readonly code: string;
    readonly message: string;
    readonly rule?: string;
    readonly field?: string;
    /** The message in Kazakh, Russian and English, where the refusal is shown to the user as it is. */
    readonly messages?: { readonly kk: string; readonly ru: string; readonly en: string };
  };
}

export type CommandReply<Accepted> = ({ readonly ok: true } & Accepted) | RejectionReply;

export type SubmitRequestReply = CommandReply<{ readonly requestId: string; readonly position: string }>;

export interface RequestByIdQuery {
  readonly requestId: string;
  /** Answer only once the read model has reached this store position (read-your-writes), or time out. */
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface RequestView {
  readonly requestId: string;
  readonly holderId: string;
  readonly author: { readonly kind: string; readonly id: string };
  readonly subject: string;
  readonly text: string;
  readonly language: RequestLanguage;
  readonly status: string;
  readonly submittedAt: string;
  /** The store position of the last fact folded into this view. */
  readonly position: string;
}

export type RequestByIdReply =
  | { readonly found: true; readonly request: RequestViewDetails; readonly projectionPosition: string }
  | { readonly found: false; readonly projectionPosition: string; readonly caughtUp: boolean };

/** A holder's received requests, newest first: the agency's queue. */
export interface RequestsByHolderQuery {
  readonly holderId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface RequestsByHolderReply {
  readonly items: readonly RequestView[];
  readonly projectionPosition: string;
}
