-- Recorded as `0001-create-request-authors` by the earlier numbering (still counts as applied).
-- Whom each request's notices go to, and in which language (the request's, R1 submission).
CREATE TABLE notifications.request_authors (
  request_id  uuid        PRIMARY KEY,
  author_kind text        NOT NULL,
  author_id   text        NOT NULL,
  language    text        NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
  subject     text        NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
