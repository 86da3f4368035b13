-- Every clock the API returns carries its explanation (how its due instant was counted: rule, start, days,
-- calendar versions, counted days, moved from), as the latest ClockStarted or ClockRecomputed says it.
-- Rows folded before this migration have none (null) until `npm run projections:rebuild -- clocks`.

ALTER TABLE read_models.deadline_clocks ADD COLUMN explanation jsonb;
