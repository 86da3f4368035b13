import { idFromClientCommand } from '../shared/deterministic-id';

/** The ids conferences derive from the client's command id (namespaces in `deterministic-id.ts`, fixed forever). */
export const conferenceIdFor = (commandId: string) => idFromClientCommand('conference', commandId);
export const questionIdFor = (commandId: string) => idFromClientCommand('question', commandId);
export const topicApplicationIdFor = (commandId: string) => idFromClientCommand('topicApplication', commandId);
