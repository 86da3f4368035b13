-- Surveys: one row per survey, one tally row per answer option (created at 0 with the survey).

CREATE TABLE read_models.survey_views (
  survey_id uuid PRIMARY KEY,
  holder_id text NOT NULL,
  category text NOT NULL,
  name jsonb NOT NULL,
  launch_date text NOT NULL,
  closing_date text NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  status text NOT NULL,
  results_visibility text NOT NULL,
  questions jsonb NOT NULL,
  return_reason text,
  submitted_at timestamptz,
  last_announced_at timestamptz,
  announcements integer NOT NULL DEFAULT 0,
  ballots integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL
);
CREATE INDEX survey_views_holder ON read_models.survey_views (holder_id, launch_date DESC);
CREATE INDEX survey_views_status ON read_models.survey_views (status, submitted_at);
CREATE TABLE read_models.survey_option_tallies (
  survey_id uuid NOT NULL,
  option_id text NOT NULL,
  question_id text NOT NULL,
  ordinal integer NOT NULL,
  count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (survey_id, option_id)
);
