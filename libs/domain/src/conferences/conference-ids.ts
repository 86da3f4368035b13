import { uuidV5 } from '../shared/deterministic-id';

/** Namespaces of the ids conferences derive from the client's command id; fixed forever (idempotency). */
export const CONFERENCE_ID_NAMESPACES = {
  conference: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a21',
  question: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a22',
  topicApplication: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a23',
} as const;

export const conferenceIdFor = (commandId: string) => uuidV5(commandId, CONFERENCE_ID_NAMESPACES.conference);
export const questionIdFor = (commandId: string) => uuidV5(commandId, CONFERENCE_ID_NAMESPACES.question);
export const topicApplicationIdFor = (commandId: string) => uuidV5(commandId, CONFERENCE_ID_NAMESPACES.topicApplication);
