/** NATS headers the relay sets on every published fact. */
export const HEADER_MESSAGE_ID = 'Nats-Msg-Id';
export const HEADER_STREAM_ID = 'Od-Stream-Id';
export const HEADER_STREAM_VERSION = 'Od-Stream-Version';
/** The fact's place in the store's global order (see `@od/event-store` positions). */
export const HEADER_STORE_POSITION = 'Od-Store-Position';
export const HEADER_EVENT_TYPE = 'Od-Event-Type';
