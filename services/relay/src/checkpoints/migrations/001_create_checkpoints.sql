-- Recorded as `0001-create-checkpoints` by the earlier numbering (still counts as applied).
-- Where each relay got to, as a formatted store position (`<transactionId>:<sequence>`).
CREATE TABLE relay.checkpoints (
  name       text        PRIMARY KEY,
  position   text        NOT NULL CHECK (position ~ '^[0-9]{1,20}:[0-9]{1,20}$'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
