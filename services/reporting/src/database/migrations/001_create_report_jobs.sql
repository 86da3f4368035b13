-- The report jobs the service has seen requested, and how far each replay has got (its progress bar).
CREATE TABLE reporting.report_jobs (
  report_id    text        PRIMARY KEY,
  status       text        NOT NULL CHECK (status IN ('requested', 'running', 'published', 'failed')),
  facts_read   bigint      NOT NULL DEFAULT 0,
  total_facts  bigint,
  requested_at timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_jobs_to_run ON reporting.report_jobs (requested_at) WHERE status IN ('requested', 'running');

-- Each published report's outputs (JSON, CSV, HTML per language): always rebuildable from the store byte for
-- byte; the SHA-256 in AnnualReportPublished proves the JSON.
CREATE TABLE reporting.report_outputs (
  report_id    text NOT NULL,
  name         text NOT NULL,
  content_type text NOT NULL,
  body         text NOT NULL,
  PRIMARY KEY (report_id, name)
);

-- How far the service has followed the events stream, moved in the same transaction as the jobs it saw.
CREATE TABLE reporting.checkpoints (
  name            text        PRIMARY KEY,
  position        text        NOT NULL,
  stream_sequence bigint,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
