-- Notices carry dates (issue 11 §2): the instant of the fact a notice tells of and, where a term runs, its
-- exclusive due instant (the last day is derived from it when read). Staff notices (a clock of their holder
-- warned or breached) name the clock and keep their text in every UI language, read in the reader's locale.
-- Rows folded before stay null until `projections:rebuild -- notices`.

ALTER TABLE read_models.notice_views
  ADD COLUMN fact_at timestamptz,
  ADD COLUMN due_at timestamptz,
  ADD COLUMN clock jsonb,
  ADD COLUMN texts jsonb;
