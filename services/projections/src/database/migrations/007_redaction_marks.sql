-- Free text that others than its author see (the public blog, public conference questions and answers,
-- dislike reasons in a holder's statistics) is stored with IINs/BINs, phone numbers and e-mail addresses
-- masked; these columns say where something was masked, so the API can mark the text as machine-redacted.
-- Rows folded before this migration were scrubbed by an older, weaker scrubber and say false: rebuild the
-- read models (`npm run projections:rebuild`) to scrub them again.

ALTER TABLE read_models.blog_posts ADD COLUMN redacted boolean NOT NULL DEFAULT false, ADD COLUMN answer_redacted boolean NOT NULL DEFAULT false;
ALTER TABLE read_models.conference_questions ADD COLUMN redacted boolean NOT NULL DEFAULT false, ADD COLUMN answer_redacted boolean NOT NULL DEFAULT false;
ALTER TABLE read_models.holder_statistics ADD COLUMN dislike_reasons_redacted boolean NOT NULL DEFAULT false;
