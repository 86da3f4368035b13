/** 0002: how far the notices have followed the events stream, moved in the same transaction as the authors. */
export const CREATE_CHECKPOINTS = `
CREATE TABLE notifications.checkpoints (
  name            text        PRIMARY KEY,
  position        text        NOT NULL,
  stream_sequence bigint,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
`;
