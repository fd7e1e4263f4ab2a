-- Grain state and journal payloads are TOASTed once they pass about 2 kB. PostgreSQL's default
-- compression (pglz) took a sixth of the server's CPU under sustained ingest (measured with perf,
-- docs/benchmarks.md); lz4 compresses about as well on these payloads at a fraction of the cost.
-- Rows already written keep their compression; new values use lz4.

ALTER TABLE orleansstorage ALTER COLUMN payloadbinary SET COMPRESSION lz4;
ALTER TABLE metric_journal ALTER COLUMN payload SET COMPRESSION lz4;
