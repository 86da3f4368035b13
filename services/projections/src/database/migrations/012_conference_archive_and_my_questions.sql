-- Issue 11 §2, §3: the public archive of conferences and surveys, the asker's own questions, paging.
--
-- C3: beside the recorded announcement time, the publication time the agency declared (when it gave one).
ALTER TABLE read_models.conference_views ADD COLUMN published_at timestamptz;
ALTER TABLE read_models.survey_views ADD COLUMN last_published_at timestamptz;

-- Who asked which question, kept apart from the public conference_questions so that no public read can
-- reach it: only the asker's own list (GET /api/me/questions) reads it.
CREATE TABLE read_models.conference_question_askers (
  question_id uuid PRIMARY KEY,
  asker_id text NOT NULL,
  asked_at timestamptz NOT NULL
);
CREATE INDEX conference_question_askers_newest ON read_models.conference_question_askers (asker_id, asked_at DESC, question_id);

-- The keyset orders of the lists: by start (conferences), by opening (surveys), by submission (the operator's queue).
CREATE INDEX conference_views_start ON read_models.conference_views (starts_at, conference_id);
CREATE INDEX survey_views_opening ON read_models.survey_views (opens_at DESC, survey_id);
