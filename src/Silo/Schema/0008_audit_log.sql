-- Who did what, where and when: logins and failed logins, account and password changes, and (as the
-- features arrive) member, role, key, rule, budget and campaign changes. Written by the API host, which
-- knows the caller and the address; rows are only ever inserted. Secrets never reach this table.

CREATE TABLE audit_log
(
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    tenant     text        NULL,
    actor      text        NULL,
    action     text        NOT NULL,
    target     text        NULL,
    before     jsonb       NULL,
    after      jsonb       NULL,
    source_ip  text        NULL,
    user_agent text        NULL
);

-- A tenant's trail, newest first, filtered by action or actor.
CREATE INDEX ix_audit_log_tenant ON audit_log (tenant, at DESC);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, at DESC);
