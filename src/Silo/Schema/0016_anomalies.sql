-- Anomalies (issue 16): what the campaigns' and tenants' detectors found at ingest, and the verdicts people gave.
-- Written by the silo that hosts the detecting grain, read back through a grain by the API.

CREATE TABLE anomalies
(
    number        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant        text             NOT NULL,
    id            uuid             NOT NULL,
    level         text             NOT NULL,
    series_id     text             NOT NULL,
    metric        text             NOT NULL,
    kind          text             NOT NULL,
    severity      text             NOT NULL,
    hour          timestamptz      NOT NULL,
    detected_at   timestamptz      NOT NULL,
    observed      double precision NOT NULL,
    expected      double precision NOT NULL,
    lower_bound   double precision NOT NULL,
    upper_bound   double precision NOT NULL,
    score         double precision NOT NULL,
    threshold     double precision NOT NULL,
    baseline      text             NOT NULL,
    history_hours integer          NOT NULL,
    evidence      text             NOT NULL,
    alerted       boolean          NOT NULL,
    status        text             NOT NULL,
    feedback_by   text             NULL,
    feedback_at   timestamptz      NULL
);

-- A detection repeated (a batch replayed from the journal) keeps one row.
CREATE UNIQUE INDEX ux_anomalies_id ON anomalies (id);

-- A tenant's anomalies are read newest first a page at a time, keyed by number (as the alert history is).
CREATE INDEX ix_anomalies_tenant_number ON anomalies (tenant, number DESC);
