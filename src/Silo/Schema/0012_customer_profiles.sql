-- Every customer's behaviour summary (issue 6), one row per tenant and customer, written by the
-- customer's profile grain in batches (absolute values, so a repeated write changes nothing): the
-- patterns shown now as bits (1 << BehaviorPattern), the 90-day figures the daily analysis and the
-- segment aggregates need, and the top category and city offers are placed in. It is the source of
-- segment membership lists, of the daily analysis and of campaign target lists; grains keep no
-- member lists of their own. User ids sort in C (byte) order, as the API pages them.

CREATE TABLE customer_profiles
(
    tenant       text        NOT NULL,
    user_id      text        COLLATE "C" NOT NULL,
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
) WITH (fillfactor = 90);

-- A segment shard loads its members' contributions when it activates.
CREATE INDEX ix_customer_profiles_shard ON customer_profiles (tenant, shard);

-- A segment's members page in id order through its pattern's partial index (bit 1 << BehaviorPattern).
CREATE INDEX ix_customer_profiles_high_spender ON customer_profiles (tenant, user_id) WHERE (patterns & 1) <> 0;
CREATE INDEX ix_customer_profiles_frequent ON customer_profiles (tenant, user_id) WHERE (patterns & 2) <> 0;
CREATE INDEX ix_customer_profiles_weekend ON customer_profiles (tenant, user_id) WHERE (patterns & 4) <> 0;
CREATE INDEX ix_customer_profiles_category_focused ON customer_profiles (tenant, user_id) WHERE (patterns & 8) <> 0;
CREATE INDEX ix_customer_profiles_location_clustered ON customer_profiles (tenant, user_id) WHERE (patterns & 16) <> 0;
CREATE INDEX ix_customer_profiles_new ON customer_profiles (tenant, user_id) WHERE (patterns & 32) <> 0;
CREATE INDEX ix_customer_profiles_inactive ON customer_profiles (tenant, user_id) WHERE (patterns & 64) <> 0;
CREATE INDEX ix_customer_profiles_seasonal ON customer_profiles (tenant, user_id) WHERE (patterns & 128) <> 0;

-- Every entry into and exit from a pattern, appended in the statement that writes the customer's row.
-- seq numbers each customer's changes, so a change written again (a retry, a journal replay) is kept once.
CREATE TABLE pattern_changes
(
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant  text        NOT NULL,
    user_id text        COLLATE "C" NOT NULL,
    seq     bigint      NOT NULL,
    pattern text        NOT NULL,
    entered boolean     NOT NULL,
    at      timestamptz NOT NULL
);

CREATE UNIQUE INDEX ux_pattern_changes_user_seq ON pattern_changes (tenant, user_id, seq);
CREATE INDEX ix_pattern_changes_tenant ON pattern_changes (tenant, id DESC);
