-- The request view now says the domain's statuses (`RequestStatus`): a request awaiting moderation at its
-- current holder is `received`, whether it was submitted there or redirected there. Rows folded before
-- said `submitted` (never redirected) or, between a redirect and its receipt, `redirected`; both are
-- `received` in what a rebuild gives (a redirect is always appended with the receipt that follows it), so
-- they are rewritten in place and no rebuild is needed.

UPDATE read_models.request_views SET status = 'received' WHERE status IN ('submitted', 'redirected');
