-- Campaign cells past the grains' in-memory retention (Campaigns:RetentionDays). A campaign grain
-- writes each finished day's cells here in batches as absolute totals, not changes: a restatement
-- overwrites the row and a retried batch changes nothing, so a flush that is repeated after a
-- failure or a restart can never double count. Queries for older dates are answered from here.
--
-- A breakdown column is NULL where the source did not report that dimension, which is a different
-- cell from any reported value; ad_set and ad are NULL for campaign-level rows. The cell's identity
-- therefore includes NULLs, hence NULLS NOT DISTINCT (PostgreSQL 15): with plain unique semantics
-- two NULL rows of one cell would both be kept and an upsert would add a row instead of replacing.

CREATE TABLE metric_daily
(
    tenant           text        NOT NULL,
    platform         text        NOT NULL,
    campaign         text        NOT NULL,
    date             date        NOT NULL,
    ad_set           text        NULL,
    ad               text        NULL,
    age              text        NULL,
    gender           text        NULL,
    country          text        NULL,
    region           text        NULL,
    interest         text        NULL,
    placement        text        NULL,
    impressions      bigint      NOT NULL,
    reach            bigint      NOT NULL,
    clicks           bigint      NOT NULL,
    spend            numeric     NOT NULL,
    conversions      numeric     NOT NULL,
    conversion_value numeric     NOT NULL,
    written_at       timestamptz NOT NULL DEFAULT now()
);

-- The upsert's conflict target; its (tenant, platform, campaign, date) prefix also serves a
-- campaign's date-range reads.
CREATE UNIQUE INDEX ux_metric_daily_cell ON metric_daily
    (tenant, platform, campaign, date, ad_set, ad, age, gender, country, region, interest, placement) NULLS NOT DISTINCT;

-- Tenant-wide sums over a date range (per platform and day, per demographic segment) cross every
-- campaign, which the cell index cannot narrow by date.
CREATE INDEX ix_metric_daily_tenant_date ON metric_daily (tenant, date);
