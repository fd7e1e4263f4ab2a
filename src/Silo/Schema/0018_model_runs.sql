-- Campaign-outcome training as runs (issue 16/17): each training run whole as JSON (status, progress, the version
-- it registered or its error), so runs outlive a silo restart as the analysis runs do. Old model versions keep
-- their figures but lose their package: only the live version and the newest few keep the bytes.

ALTER TABLE campaign_outcome_models ALTER COLUMN package DROP NOT NULL;

CREATE TABLE campaign_outcome_runs
(
    id        uuid        PRIMARY KEY,
    tenant    text        NOT NULL,
    queued_at timestamptz NOT NULL,
    seq       bigint      GENERATED ALWAYS AS IDENTITY,
    run       jsonb       NOT NULL
);

CREATE INDEX ix_campaign_outcome_runs_tenant ON campaign_outcome_runs (tenant, queued_at DESC, seq DESC);
