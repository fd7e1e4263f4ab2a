-- Daily behaviour analyses (issue 6): each run with what it found and decided (the run as JSON), and
-- the membership snapshot it took: every customer's patterns (high spender judged by the run's own
-- threshold), RFM quintiles (1-5, 5 best) and 90-day spend as of the run. Only the newest
-- snapshots of a tenant are kept (analysis_snapshots numbers them in the order they were taken).

CREATE TABLE analysis_runs
(
    id          uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    started_at  timestamptz NOT NULL,
    seq         bigint      GENERATED ALWAYS AS IDENTITY,
    run         jsonb       NOT NULL
);

CREATE INDEX ix_analysis_runs_tenant ON analysis_runs (tenant, started_at DESC, seq DESC);

CREATE TABLE analysis_snapshots
(
    run_id   uuid        PRIMARY KEY,
    tenant   text        NOT NULL,
    seq      bigint      GENERATED ALWAYS AS IDENTITY,
    taken_at timestamptz NOT NULL
);

CREATE INDEX ix_analysis_snapshots_tenant ON analysis_snapshots (tenant, seq DESC);

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
