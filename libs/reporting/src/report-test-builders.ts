// Small builders for a scripted history (tests only): facts as the store returns them, in the order written.
import type { ClockRule } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { Redactor } from './report-options';

export interface FactOptions {
  /** When the fact happened (UTC ISO). */
  readonly at: string;
  /** When the store recorded it; default: `at`. */
  readonly recordedAt?: string;
  readonly schemaVersion?: number;
}

/** Writes facts with increasing store positions. */
export class History {
  readonly facts: RecordedEvent[] = [];

  add(type: string, data: Record<string, unknown>, options: FactOptions): this {
    const sequence = BigInt(this.facts.length + 1);
    this.facts.push({
      type,
      schemaVersion: options.schemaVersion ?? 1,
      data,
      metadata: {
        eventId: `event-${sequence}`,
        commandId: `command-${sequence}`,
        correlationId: `correlation-${sequence}`,
        causationId: `causation-${sequence}`,
        actor: { kind: 'system', id: 'test' },
        ...(typeof data.holderId === 'string' ? { holderId: data.holderId } : {}),
        occurredAt: options.at,
      },
      streamId: `stream-${sequence}`,
      streamVersion: 1,
      position: { transactionId: sequence, sequence },
      recordedAt: options.recordedAt ?? options.at,
    } as RecordedEvent);
    return this;
  }

  holder(holderId: string, en: string, at = '2025-01-10T05:00:00Z'): this {
    return this.add('HolderRegistered', { holderId, kind: 'quasi_public', name: { kk: `${en} kk`, ru: `${en} ru`, en }, registeredAt: at }, { at });
  }

  submitted(requestId: string, holderId: string, at: string, options: Partial<FactOptions> = {}): this {
    return this.add(
      'RequestSubmitted',
      { requestId, holderId, author: { kind: 'citizen', id: '900101300123' }, subject: 's', text: 't', language: 'ru', submittedAt: at },
      { at, ...options },
    );
  }

  accepted(requestId: string, holderId: string, at: string): this {
    return this.add('RequestAccepted', { requestId, holderId, acceptedAt: at }, { at });
  }

  answered(requestId: string, holderId: string, at: string, options: Partial<FactOptions> = {}): this {
    return this.add('RequestAnswered', { requestId, holderId, text: 'answer', answeredAt: at }, { at, ...options });
  }

  redirected(requestId: string, fromHolderId: string, toHolderId: string, at: string): this {
    return this.add('RequestRedirected', { requestId, holderId: fromHolderId, toHolderId, reason: 'competence', redirectedAt: at }, { at }).add(
      'RequestReceived',
      { requestId, holderId: toHolderId, fromHolderId, receivedAt: at },
      { at },
    );
  }

  returned(requestId: string, holderId: string, reasonCode: string, at: string): this {
    return this.add('RequestReturned', { requestId, holderId, reasonCode, reasonText: 'why', returnedAt: at }, { at });
  }

  refused(requestId: string, holderId: string, groundCode: string, at: string): this {
    return this.add('RequestRefused', { requestId, holderId, groundCode, reasonText: 'why', refusedAt: at }, { at });
  }

  extended(requestId: string, holderId: string, days: number, at: string): this {
    return this.add('DeadlineExtended', { requestId, holderId, days, otherHolderIds: ['other'], reason: 'several holders', extendedAt: at }, { at }).add(
      'ExtensionNoticeSent',
      { requestId, holderId, sentAt: at },
      { at },
    );
  }

  rated(requestId: string, holderId: string, rating: 'like' | 'dislike', at: string, reason?: string): this {
    return this.add('AnswerRated', { requestId, holderId, rating, ...(reason === undefined ? {} : { reason }), ratedAt: at }, { at });
  }

  /** A clock fact of a request (the one family), with its clock id derived from request, rule and holder. */
  clock(
    type: 'ClockStarted' | 'ClockBreached' | 'ClockStopped' | 'ClockRecomputed',
    requestId: string,
    holderId: string,
    rule: ClockRule,
    at: string,
    extra: Record<string, unknown>,
  ): this {
    const fact = { clockId: `clock-${requestId}-${rule}-${holderId}`, rule, subject: { kind: 'request', id: requestId, holderId }, dueAt: at, ...extra };
    return this.add(type, fact, { at });
  }

  breached(requestId: string, holderId: string, rule: ClockRule, dueAt: string): this {
    return this.clock('ClockBreached', requestId, holderId, rule, dueAt, { breachedAt: dueAt, metLate: false });
  }

  /** The clock met by an act at `at` (late or not), as the deadlines service records it after the act. */
  met(requestId: string, holderId: string, rule: ClockRule, at: string, late: boolean): this {
    return this.clock('ClockStopped', requestId, holderId, rule, at, { stoppedAt: at, outcome: 'met', late });
  }
}

/** Masks runs of 10 or more digits, as `redactPersonalData` does for phones and IINs (the real one is in @od/platform). */
export const maskDigits: Redactor = (text) => {
  const masked = text.replace(/\+?\d[\d ]{8,}\d/g, '[phone]');
  return { text: masked, redacted: masked !== text };
};
