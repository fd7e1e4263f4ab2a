-- Cluster membership for Orleans.Clustering.AdoNet 10.4.2. The version row is the table's etag:
-- every conditional write bumps it only when the caller saw the current version.

CREATE TABLE orleansmembershipversiontable
(
    deploymentid varchar(150) NOT NULL PRIMARY KEY,
    timestamp    timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE orleansmembershiptable
(
    deploymentid varchar(150)  NOT NULL REFERENCES orleansmembershipversiontable (deploymentid),
    address      varchar(45)   NOT NULL,
    port         integer       NOT NULL,
    generation   integer       NOT NULL,
    siloname     varchar(150)  NOT NULL,
    hostname     varchar(150)  NOT NULL,
    status       integer       NOT NULL,
    proxyport    integer       NULL,
    suspecttimes varchar(8000) NULL,
    starttime    timestamptz   NOT NULL,
    iamalivetime timestamptz   NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- Inserts a silo row and bumps the table version in one step; a stale version or an existing row
-- leaves both tables untouched (the exception block rolls the version bump back).
CREATE FUNCTION gm_orleans_insert_member(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer,
    p_silo_name varchar, p_host_name varchar, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer
LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE orleansmembershipversiontable
       SET version = version + 1, timestamp = now()
     WHERE deploymentid = p_deployment_id AND version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port, p_start_time, p_i_am_alive_time);
    RETURN 1;
EXCEPTION WHEN unique_violation THEN
    RETURN 0;
END
$body$;

-- Updates a silo row and bumps the table version; both or neither.
CREATE FUNCTION gm_orleans_update_member(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer,
    p_status integer, p_suspect_times varchar, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer
LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE orleansmembershipversiontable
       SET version = version + 1, timestamp = now()
     WHERE deploymentid = p_deployment_id AND version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE orleansmembershiptable
       SET status = p_status, suspecttimes = p_suspect_times, iamalivetime = p_i_am_alive_time
     WHERE deploymentid = p_deployment_id AND address = p_address
       AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found';
    END IF;
    RETURN 1;
EXCEPTION WHEN no_data_found THEN
    RETURN 0;
END
$body$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', '
    WITH inserted AS (
        INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
        ON CONFLICT (deploymentid) DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM inserted;'),

('InsertMembershipKey', '
    SELECT gm_orleans_insert_member(
        @DeploymentId, @Address, @Port::integer, @Generation::integer, @SiloName, @HostName,
        @Status::integer, @ProxyPort::integer, @StartTime, @IAmAliveTime, @Version::integer);'),

('UpdateMembershipKey', '
    SELECT gm_orleans_update_member(
        @DeploymentId, @Address, @Port::integer, @Generation::integer, @Status::integer,
        @SuspectTimes, @IAmAliveTime, @Version::integer);'),

('UpdateIAmAlivetimeKey', '
    UPDATE orleansmembershiptable
       SET iamalivetime = @IAmAliveTime
     WHERE deploymentid = @DeploymentId AND address = @Address
       AND port = @Port::integer AND generation = @Generation::integer;'),

('MembershipReadRowKey', '
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
      FROM orleansmembershipversiontable v
      LEFT JOIN orleansmembershiptable m
        ON m.deploymentid = v.deploymentid AND m.address = @Address
       AND m.port = @Port::integer AND m.generation = @Generation::integer
     WHERE v.deploymentid = @DeploymentId;'),

('MembershipReadAllKey', '
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
      FROM orleansmembershipversiontable v
      LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
     WHERE v.deploymentid = @DeploymentId;'),

('DeleteMembershipTableEntriesKey', '
    DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
    DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;'),

('GatewaysQueryKey', '
    SELECT address, proxyport, generation
      FROM orleansmembershiptable
     WHERE deploymentid = @DeploymentId AND status = @Status::integer AND proxyport > 0;'),

-- Status 6 is SiloStatus.Dead.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleansmembershiptable
     WHERE deploymentid = @DeploymentId AND status = 6
       AND iamalivetime < @IAmAliveTime AND starttime < @IAmAliveTime;'),

('CleanupDefunctSiloEntryKey', '
    DELETE FROM orleansmembershiptable
     WHERE deploymentid = @DeploymentId AND status = 6 AND address = @Address
       AND port = @Port::integer AND generation = @Generation::integer;');
