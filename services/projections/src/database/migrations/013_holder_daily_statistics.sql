-- Holder statistics for a period (issue 11 §3): the same figures as holder_statistics, per holder and per
-- Almaty day of the fact that moved them, so a period's figures are a sum over its days and no read scans
-- the event store. Rows for facts folded before this migration appear after
-- `npm run projections:rebuild -- statistics`.

CREATE TABLE read_models.holder_daily_statistics (
  holder_id text NOT NULL,
  -- the day in Asia/Almaty of the fact's occurredAt
  day date NOT NULL,
  received integer NOT NULL,
  accepted integer NOT NULL,
  redirected integer NOT NULL,
  returned integer NOT NULL,
  answered integer NOT NULL,
  answered_on_time integer NOT NULL,
  answered_late integer NOT NULL,
  refused integer NOT NULL,
  extended integer NOT NULL,
  deadlines_breached integer NOT NULL,
  likes integer NOT NULL,
  dislikes integer NOT NULL,
  dislike_reasons jsonb NOT NULL,
  dislike_reasons_redacted boolean NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (holder_id, day)
);

-- The day an R4 clock's answer was first counted on: a later correction (on time → late) moves that day's figures.
ALTER TABLE read_models.statistics_answer_clocks ADD COLUMN counted_on date;
