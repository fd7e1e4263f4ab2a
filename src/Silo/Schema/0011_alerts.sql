-- Alert history (issue 5): every alert a tenant's router took, sent, suppressed or unrouted, and every
-- delivery attempt to a channel. Written by the alert router grain, read back through a grain by the
-- API. Channel secrets live in the router's grain state, never here.

CREATE TABLE alert_history
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant      text        NOT NULL,
    alert_id    uuid        NOT NULL,
    kind        text        NOT NULL,
    severity    text        NOT NULL,
    title       text        NOT NULL,
    text        text        NOT NULL,
    dedup_key   text        NOT NULL,
    rule_id     uuid        NULL,
    target      text        NULL,
    fields      jsonb       NULL,
    occurred_at timestamptz NOT NULL,
    raised_at   timestamptz NOT NULL,
    status      text        NOT NULL
);

-- A router that records an alert twice (a retried call) keeps one row.
CREATE UNIQUE INDEX ux_alert_history_alert ON alert_history (alert_id);

-- A tenant's alerts are read newest first a page at a time, keyed by id (as the audit trail is).
CREATE INDEX ix_alert_history_tenant_id ON alert_history (tenant, id DESC);

CREATE TABLE alert_delivery_attempts
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant      text             NOT NULL,
    alert_id    uuid             NOT NULL,
    delivery_id uuid             NOT NULL,
    channel_id  uuid             NULL,
    channel     text             NOT NULL,
    attempt     integer          NOT NULL,
    outcome     text             NOT NULL,
    http_status integer          NULL,
    error       text             NULL,
    duration_ms double precision NOT NULL,
    at          timestamptz      NOT NULL
);

-- The attempts of a page of alerts, in order; and the channel filter ("alerts sent to ops").
CREATE INDEX ix_alert_delivery_attempts_alert ON alert_delivery_attempts (alert_id, id);
CREATE INDEX ix_alert_delivery_attempts_channel ON alert_delivery_attempts (tenant, channel, alert_id);
