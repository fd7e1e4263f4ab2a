-- Reach is not a sum. A cell row stores the reach its source reported; reach_reports says whether it
-- reported one (0 or 1 per cell), so a sum over rows knows how many reports it added up and can say
-- whether its reach is a true unique reach (exactly one report) or only the daily sum, an upper bound.
-- Rows written before this migration recorded no such flag; a positive reach there can only have
-- come from a report.

ALTER TABLE metric_daily ADD COLUMN reach_reports integer NOT NULL DEFAULT 0;

UPDATE metric_daily SET reach_reports = 1 WHERE reach > 0;
