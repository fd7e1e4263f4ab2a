namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>The answer to an accepted ingestion request.</summary>
/// <param name="Accepted">Records accepted.</param>
/// <param name="Campaigns">Distinct campaigns they touch.</param>
/// <param name="Replayed">True when this answers a retry of an earlier request with the same Idempotency-Key, which changed nothing.</param>
/// <param name="Layout">For CSV: the export layout recognised.</param>
public sealed record IngestReceiptResponse(int Accepted, int Campaigns, DateTimeOffset ReceivedAt, bool Replayed, string? Layout = null);
