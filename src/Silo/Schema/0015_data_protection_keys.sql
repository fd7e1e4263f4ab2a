-- The Data Protection key ring (issue 15): the keys that encrypt credentials in grain state (webhook
-- signing secrets, channel URLs). Every silo reads the same ring, so state protected on one silo is read on
-- another and after a restart. Each key is an XML element, encrypted with the certificate configured as
-- DataProtection:CertificatePath when there is one, in clear otherwise (then this table is as sensitive as
-- the secrets: grant it only to the silos' role).

CREATE TABLE data_protection_keys
(
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
