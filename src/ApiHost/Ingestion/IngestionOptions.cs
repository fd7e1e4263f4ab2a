namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Limits of the ingestion endpoints (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Most records one request (JSON, NDJSON or CSV) may carry; a larger load is split by the client.</summary>
    public int MaxRecordsPerRequest { get; set; } = 100_000;

    /// <summary>
    /// Oldest reporting date accepted, in days before today (UTC). Campaign grains keep this many days of
    /// cells; older days belong to the history table, which has no import path yet.
    /// </summary>
    public int MaxAgeDays { get; set; } = 90;

    /// <summary>How long a receipt for an <c>Idempotency-Key</c> is remembered.</summary>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(24);
}
