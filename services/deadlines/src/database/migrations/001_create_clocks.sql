-- The clocks, the checkpoint of the facts folded into them, and the calendar versions published as facts.
-- `__schema__` is replaced by the schema name.
CREATE TABLE __schema__.clocks (
  clock_id uuid PRIMARY KEY,
  request_id text NOT NULL,
  holder_id text NOT NULL,
  rule text NOT NULL,
  running boolean NOT NULL,
  breached boolean NOT NULL,
  due_at timestamptz NOT NULL,
  warn_at timestamptz NOT NULL,
  warned_due_at timestamptz,
  clock jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clocks_by_request ON __schema__.clocks (request_id);
CREATE INDEX clocks_open_by_warn_at ON __schema__.clocks (warn_at) WHERE running AND NOT breached;
CREATE INDEX clocks_open_by_due_at ON __schema__.clocks (due_at) WHERE running AND NOT breached;

CREATE TABLE __schema__.checkpoints (
  name text PRIMARY KEY,
  position text NOT NULL,
  stream_sequence bigint,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE __schema__.calendar_versions (
  year int NOT NULL,
  version text NOT NULL,
  published_at timestamptz NOT NULL,
  calendar jsonb NOT NULL,
  PRIMARY KEY (year, version)
);
