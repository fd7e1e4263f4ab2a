-- The durable journal behind the metric streams (DESIGN.md section 5). A producer's append commits
-- before its call returns; receivers read each queue in sequence order; grains checkpoint the last
-- sequence they applied and skip anything at or below it.
--
-- Appends to one queue are serial (a transaction-scoped advisory lock per queue, taken before the
-- sequence values), so within a queue rows become visible in sequence order and a reader that moves
-- its cursor past the highest visible row can never skip one that commits later.

CREATE SEQUENCE metric_journal_seq;

CREATE TABLE metric_journal
(
    queue       smallint    NOT NULL,
    seq         bigint      NOT NULL,
    stream_key  text        NOT NULL,
    payload     bytea       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (queue, seq)
);

-- Replay on activation reads one grain's rows above its checkpoint.
CREATE INDEX ix_metric_journal_stream ON metric_journal (stream_key, seq);

-- How far each queue's pulling agent has delivered, so a restarted silo does not start from zero.
CREATE TABLE metric_journal_cursor
(
    provider varchar(100) NOT NULL,
    queue    smallint     NOT NULL,
    seq      bigint       NOT NULL,
    PRIMARY KEY (provider, queue)
);
