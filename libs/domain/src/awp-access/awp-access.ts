import type { AwpAccessEvent } from '@od/contracts';

/** Where one employee's access for one role stands (C7). */
export interface AwpAccessState {
  readonly status: 'none' | 'applied' | 'approved' | 'denied' | 'revoked';
  readonly trained: boolean;
}

export const initialAwpAccessState: AwpAccessState = { status: 'none', trained: false };

export function evolveAwpAccess(state: AwpAccessState, event: AwpAccessEvent): AwpAccessState {
  switch (event.type) {
    case 'AwpAccessApplied':
      return { status: 'applied', trained: state.trained };
    case 'AwpAccessApproved':
      return { ...state, status: 'approved' };
    case 'AwpAccessDenied':
      return { ...state, status: 'denied' };
    case 'AwpTrainingRecorded':
      return { ...state, trained: true };
    case 'AwpAccessRevoked':
      return { status: 'revoked', trained: false };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** C7: access is active only when the operator approved the application and recorded the training. */
export function isAwpAccessActive(state: AwpAccessState): boolean {
  return state.status === 'approved' && state.trained;
}
