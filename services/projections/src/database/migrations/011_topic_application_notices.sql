-- C5: the applicant gets a notice of the decision on a topic application: a notice tells of a request or of
-- a topic application.

ALTER TABLE read_models.notice_views ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE read_models.notice_views ADD COLUMN application_id uuid;
