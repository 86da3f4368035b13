-- Recorded as `0002-create-checkpoints` by the earlier numbering (still counts as applied).
-- How far the notices have followed the events stream, moved in the same transaction as the authors.
CREATE TABLE notifications.checkpoints (
  name            text        PRIMARY KEY,
  position        text        NOT NULL,
  stream_sequence bigint,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
