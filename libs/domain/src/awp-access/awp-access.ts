import type { AwpAccessEvent } from '@od/contracts';

/** Where one employee's access for one role stands (C7). */
export interface AwpAccessState {
  readonly status: 'none' | 'applied' | 'approved' | 'denied' | 'revoked';
  readonly trained: boolean;
  /** Why the access was last revoked; kept through a new application (the operator sees it), cleared when approved again. */
  readonly revocationReason: string | null;
}

export const initialAwpAccessState: AwpAccessState = { status: 'none', trained: false, revocationReason: null };

export function evolveAwpAccess(state: AwpAccessState, event: AwpAccessEvent): AwpAccessState {
  switch (event.type) {
    case 'AwpAccessApplied':
      return { ...state, status: 'applied' };
    case 'AwpAccessApproved':
      return { ...state, status: 'approved', revocationReason: null };
    case 'AwpAccessDenied':
      return { ...state, status: 'denied' };
    case 'AwpTrainingRecorded':
      return { ...state, trained: true };
    case 'AwpAccessRevoked':
      return { status: 'revoked', trained: false, revocationReason: event.data.reason };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** C7: access is active only when the operator approved the application and recorded the training. */
export function isAwpAccessActive(state: Pick<AwpAccessState, 'status' | 'trained'>): boolean {
  return state.status === 'approved' && state.trained;
}
