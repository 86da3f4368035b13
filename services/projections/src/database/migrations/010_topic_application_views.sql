-- Topic applications (C5): one row per application, for the holder's administrator (the ones to decide, due
-- first) and for the applicant (theirs, with the decision and a refusal's reason). Rows appear as the facts
-- are folded; applications submitted before this migration appear after `npm run projections:rebuild -- topic-applications`.

CREATE TABLE read_models.topic_application_views (
  application_id uuid PRIMARY KEY,
  holder_id text NOT NULL,
  applicant_kind text NOT NULL,
  applicant_id text NOT NULL,
  topic text NOT NULL,
  text text NOT NULL,
  language text NOT NULL,
  status text NOT NULL,
  submitted_at timestamptz NOT NULL,
  decision_due_at timestamptz NOT NULL,
  decided_at timestamptz,
  decision_late boolean,
  refusal_reason text,
  updated_at timestamptz NOT NULL
);
CREATE INDEX topic_application_views_holder ON read_models.topic_application_views (holder_id, status, decision_due_at, submitted_at, application_id);
CREATE INDEX topic_application_views_applicant ON read_models.topic_application_views (applicant_id, submitted_at DESC, application_id);
