-- Daily behaviour analyses (issue 6): each run with what it found and decided, and the membership
-- snapshot it took: every customer's patterns and RFM quintiles (1-5, 5 best) as of the run.

CREATE TABLE analysis_runs
(
    id          uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    started_at  timestamptz NOT NULL,
    run         jsonb       NOT NULL
);

CREATE INDEX ix_analysis_runs_tenant ON analysis_runs (tenant, started_at DESC);

CREATE TABLE analysis_memberships
(
    run_id    uuid     NOT NULL,
    tenant    text     NOT NULL,
    user_id   text     NOT NULL,
    patterns  integer  NOT NULL,
    recency   smallint NOT NULL,
    frequency smallint NOT NULL,
    monetary  smallint NOT NULL,
    spend     numeric  NOT NULL,
    PRIMARY KEY (run_id, user_id)
);
