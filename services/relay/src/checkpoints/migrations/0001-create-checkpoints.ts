/** 0001: where each relay got to, as a formatted store position (`<transactionId>:<sequence>`). */
export const CREATE_CHECKPOINTS = `
CREATE TABLE relay.checkpoints (
  name       text        PRIMARY KEY,
  position   text        NOT NULL CHECK (position ~ '^[0-9]{1,20}:[0-9]{1,20}$'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
