namespace GrainMarketing.Ingestion;

/// <summary>What an accepted ingestion request did, kept so a retry with the same Idempotency-Key gets the same answer.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.IngestReceipt")]
public sealed record IngestReceipt(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Campaigns,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] string? Layout,
    [property: Id(4)] DateTimeOffset ExpiresAt,
    [property: Id(5)] int Users = 0);
