-- Public reads (issue 11 §3). holder_views: one row per registered holder, from the holder facts (names, kind,
-- state participation, languages) and the texts of Order 145 under which its first head has a blog (blog_under,
-- from the domain's legal-basis data at fold time: after that data changes, `npm run projections:rebuild -- holders`).
-- calendar_versions: every CalendarYearPublished the calendar accepted (a newer version of its year), beside the
-- versions shipped with the platform's data (those are not facts and are not stored here).
-- Holders and versions recorded before this migration appear after `npm run projections:rebuild -- holders calendar`.

CREATE TABLE read_models.holder_views (
  holder_id text COLLATE "C" PRIMARY KEY, -- byte order: the list and its cursor sort ids alike everywhere
  kind text NOT NULL,
  name jsonb NOT NULL,
  state_participation jsonb,
  languages text[] NOT NULL,
  blog_under text[] NOT NULL,
  registered_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX holder_views_kind ON read_models.holder_views (kind, holder_id);
CREATE INDEX holder_views_blog_under ON read_models.holder_views USING gin (blog_under);

CREATE TABLE read_models.calendar_versions (
  year integer NOT NULL,
  version text NOT NULL,
  published_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  note text NOT NULL,
  calendar jsonb NOT NULL,
  PRIMARY KEY (year, version)
);
