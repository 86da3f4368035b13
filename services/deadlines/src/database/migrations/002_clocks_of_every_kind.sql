-- One clocks table for every kind of clock: request (R2–R6), conference (C3, C4, C5) and survey (C3).
-- A clock is keyed by its uuid (each kind derives it in its own namespace) and found by (kind, subject_id):
-- the request, the conference or topic application, the survey. Whether passing the due instant unmet is a
-- breach is a column, so the scheduler's query needs no rule list. `tracks` keeps what a kind must remember
-- about a subject between its facts (a conference's schedule, a survey's facts), keyed by (kind, subject_id).
--
-- The rename is not readable by an older instance: stop the old instances before starting the new ones.
-- `__schema__` is replaced by the schema name.
ALTER TABLE __schema__.clocks RENAME COLUMN request_id TO subject_id;
ALTER TABLE __schema__.clocks ADD COLUMN kind text NOT NULL DEFAULT 'request';
ALTER TABLE __schema__.clocks ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE __schema__.clocks ADD COLUMN breaches_when_unmet boolean;
UPDATE __schema__.clocks SET breaches_when_unmet = rule IN ('R2', 'R4', 'R5');
ALTER TABLE __schema__.clocks ALTER COLUMN breaches_when_unmet SET NOT NULL;
DROP INDEX __schema__.clocks_by_request;
CREATE INDEX clocks_by_subject ON __schema__.clocks (kind, subject_id);

CREATE TABLE __schema__.tracks (
  kind text NOT NULL,
  subject_id text NOT NULL,
  track jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject_id)
);
