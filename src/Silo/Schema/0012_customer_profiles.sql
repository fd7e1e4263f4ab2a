-- Every customer's behaviour summary (issue 6), one row per tenant and customer, written by the
-- customer's profile grain in batches (absolute values, so a repeated write changes nothing): the
-- patterns shown now as bits (1 << BehaviorPattern), the 90-day figures the daily analysis and the
-- segment aggregates need, and the top category and city offers are placed in. It is the source of
-- segment membership lists, of the daily analysis and of campaign target lists; grains keep no
-- member lists of their own.

CREATE TABLE customer_profiles
(
    tenant       text        NOT NULL,
    user_id      text        NOT NULL,
    shard        smallint    NOT NULL,
    patterns     integer     NOT NULL,
    spend        numeric     NOT NULL,
    transactions integer     NOT NULL,
    recent_spend numeric     NOT NULL,
    prior_spend  numeric     NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    top_category text        NULL,
    top_city     text        NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant, user_id)
);

-- A segment shard loads its members' contributions when it activates.
CREATE INDEX ix_customer_profiles_shard ON customer_profiles (tenant, shard);

-- Every entry into and exit from a pattern, appended in the batch that writes the customer's row.
CREATE TABLE pattern_changes
(
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant  text        NOT NULL,
    user_id text        NOT NULL,
    pattern text        NOT NULL,
    entered boolean     NOT NULL,
    at      timestamptz NOT NULL
);

CREATE INDEX ix_pattern_changes_tenant ON pattern_changes (tenant, id DESC);
