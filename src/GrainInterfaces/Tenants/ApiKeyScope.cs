namespace GrainMarketing.Tenants;

/// <summary>What an API key may do in its tenant.</summary>
public enum ApiKeyScope
{
    /// <summary>Only sends data to the ingestion endpoints.</summary>
    Ingest = 1,

    /// <summary>Reads, as a viewer does.</summary>
    Read = 2,

    /// <summary>Everything an admin may do.</summary>
    Admin = 3,
}
