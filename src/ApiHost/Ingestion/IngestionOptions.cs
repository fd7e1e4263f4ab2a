namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Limits of the ingestion endpoints (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Most records one request (JSON, NDJSON or CSV) may carry; a larger load is split by the client.</summary>
    public int MaxRecordsPerRequest { get; set; } = 100_000;

    /// <summary>Oldest reporting date accepted, in days before today (UTC): how far back platforms restate.</summary>
    /// <remarks>It may exceed the campaigns' in-memory retention; a change to an older day restores it from history first.</remarks>
    public int MaxAgeDays { get; set; } = 90;

    /// <summary>How long a receipt for an <c>Idempotency-Key</c> is remembered; after it, the key is free and a retry is ingested again.</summary>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(24);
}
