-- Every rule firing, deferral, reversal and miss (issue 5), written by the campaign grains in batches
-- and read newest first a page at a time through the automation history grain. The entry is kept whole
-- as JSON (rule version, target, the evidence seen, each action's outcome); the columns are what the
-- filters and the paging need. Rows are only ever inserted.

CREATE TABLE rule_firings
(
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    firing_id uuid        NOT NULL UNIQUE,
    tenant    text        NOT NULL,
    rule_id   uuid        NOT NULL,
    target    text        NOT NULL,
    kind      text        NOT NULL,
    dry_run   boolean     NOT NULL,
    at        timestamptz NOT NULL,
    firing    jsonb       NOT NULL
);

CREATE INDEX ix_rule_firings_tenant ON rule_firings (tenant, id DESC);
CREATE INDEX ix_rule_firings_rule ON rule_firings (tenant, rule_id, id DESC);
CREATE INDEX ix_rule_firings_target ON rule_firings (tenant, target, id DESC);
