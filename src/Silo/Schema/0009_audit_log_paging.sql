-- A tenant's trail is read newest first a page at a time, keyed by id ("entries before id N"), so a
-- page costs the same however deep the reader has gone. ix_audit_log_tenant (tenant, at) stays for
-- narrow from/to windows over a long trail.

CREATE INDEX ix_audit_log_tenant_id ON audit_log (tenant, id DESC);
