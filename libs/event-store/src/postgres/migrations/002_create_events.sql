-- Migration 002: the events. Global order is (transaction_id, sequence): see global-position.ts.
-- `__schema__` is replaced by the quoted schema name.
CREATE TABLE __schema__.events (
  -- the writing transaction: readers only read transactions older than every running one
  transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
  -- order inside a transaction (and a tie-breaker); gaps and out-of-commit-order values are expected
  sequence       bigint      NOT NULL GENERATED ALWAYS AS IDENTITY,
  event_id       uuid        NOT NULL,
  stream_id      text        NOT NULL,
  stream_version bigint      NOT NULL CHECK (stream_version >= 1),
  type           text        NOT NULL,
  schema_version integer     NOT NULL,
  data           jsonb       NOT NULL,
  metadata       jsonb       NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  -- serves readAll / subscribeToAll: WHERE (transaction_id, sequence) > ($1, $2) ORDER BY transaction_id, sequence
  CONSTRAINT events_pkey PRIMARY KEY (transaction_id, sequence),
  -- serves readStream, and is the last line of defence against two writers of one version
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
  -- serves retry detection; an event id is stored once in the whole store
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_stream_fkey FOREIGN KEY (stream_id) REFERENCES __schema__.streams (stream_id)
);
