-- Migration 001: one row per stream, holding its version. Appends lock this row (`FOR UPDATE`), which
-- serialises writers of one stream without touching any other stream.
-- `__schema__` is replaced by the quoted schema name.
CREATE TABLE __schema__.streams (
  stream_id  text        NOT NULL,
  -- number of events in the stream: 0 for a stream being created, the last event's stream_version after
  version    bigint      NOT NULL CHECK (version >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT streams_pkey PRIMARY KEY (stream_id)
);
