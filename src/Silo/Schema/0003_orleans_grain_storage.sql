-- Grain state for Orleans.Persistence.AdoNet 10.4.2. One row per (service, grain type, grain id);
-- the version column is the etag that makes concurrent writers fail instead of overwriting.
-- The provider writes and reads only the binary payload (its serializer decides the format),
-- reading PayloadBinary before Version, in that order.

CREATE TABLE orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL DEFAULT now(),
    version                integer      NOT NULL
);

CREATE UNIQUE INDEX ux_orleansstorage_grain
    ON orleansstorage (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring, grainidextensionstring)
    NULLS NOT DISTINCT;

-- A write with a version updates the row holding exactly that version; a write without one inserts
-- the first version. Either way the answer is the version now stored, or the caller's own version
-- (so Orleans reports a conflict) when nothing was written.
INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey', '
    WITH updated AS (
        UPDATE orleansstorage
           SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
         WHERE @GrainStateVersion::integer IS NOT NULL
           AND grainidhash = @GrainIdHash::integer AND graintypehash = @GrainTypeHash::integer
           AND grainidn0 = @GrainIdN0::bigint AND grainidn1 = @GrainIdN1::bigint
           AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
           AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
           AND version = @GrainStateVersion::integer
        RETURNING version),
    inserted AS (
        INSERT INTO orleansstorage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring,
             serviceid, payloadbinary, version)
        SELECT @GrainIdHash::integer, @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeHash::integer, @GrainTypeString,
               @GrainIdExtensionString::varchar, @ServiceId, @PayloadBinary, 1
         WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT COALESCE((SELECT version FROM updated), (SELECT version FROM inserted), @GrainStateVersion::integer)
        AS NewGrainStateVersion;'),

('ReadFromStorageKey', '
    SELECT payloadbinary, version
      FROM orleansstorage
     WHERE grainidhash = @GrainIdHash::integer AND graintypehash = @GrainTypeHash::integer
       AND grainidn0 = @GrainIdN0::bigint AND grainidn1 = @GrainIdN1::bigint
       AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
       AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar;'),

('ClearStorageKey', '
    UPDATE orleansstorage
       SET payloadbinary = NULL, modifiedon = now(), version = version + 1
     WHERE grainidhash = @GrainIdHash::integer AND graintypehash = @GrainTypeHash::integer
       AND grainidn0 = @GrainIdN0::bigint AND grainidn1 = @GrainIdN1::bigint
       AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
       AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
       AND version = @GrainStateVersion::integer
    RETURNING version AS NewGrainStateVersion;');
