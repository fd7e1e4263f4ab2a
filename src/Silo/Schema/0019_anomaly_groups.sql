-- Anomaly incidents (issue 16): anomalies of one series detected in the same clock hour share a group, and one alert.
-- An anomaly stored before groups existed is an incident of its own.

ALTER TABLE anomalies ADD COLUMN group_id uuid NULL;
UPDATE anomalies SET group_id = id WHERE group_id IS NULL;
ALTER TABLE anomalies ALTER COLUMN group_id SET NOT NULL;

-- An incident's anomalies are read together (GET .../anomalies?group=).
CREATE INDEX ix_anomalies_tenant_group ON anomalies (tenant, group_id);
