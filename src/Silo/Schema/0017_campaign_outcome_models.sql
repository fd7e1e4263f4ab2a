-- The campaign-outcome model registry (issue 16): every trained version of a tenant's model with the span
-- of campaign-days it learned from, its row count, the version whole as JSON (held-out metrics against the
-- naive baseline, feature importance) and the serialized ML.NET models. At most one version of a tenant is
-- live: the one predictions use.

CREATE TABLE campaign_outcome_models
(
    tenant        text        NOT NULL,
    version       integer     NOT NULL,
    trained_at    timestamptz NOT NULL,
    data_from     date        NOT NULL,
    data_to       date        NOT NULL,
    held_out_from date        NOT NULL,
    row_count     integer     NOT NULL,
    model         jsonb       NOT NULL,
    package       bytea       NOT NULL,
    live          boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant, version)
);

CREATE UNIQUE INDEX ux_campaign_outcome_models_live ON campaign_outcome_models (tenant) WHERE live;
