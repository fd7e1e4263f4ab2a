using GrainMarketing.Ingestion;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>The answer to an accepted ingestion request.</summary>
/// <param name="Accepted">Records accepted.</param>
/// <param name="Campaigns">Distinct campaigns they touch (ad metrics; 0 for customer events).</param>
/// <param name="Replayed">True when this answers a retry of an earlier request with the same Idempotency-Key, which changed nothing.</param>
/// <param name="Layout">For CSV: the export layout recognised.</param>
/// <param name="Users">Distinct customers they touch (transactions and engagements; 0 for ad metrics).</param>
public sealed record IngestReceiptResponse(int Accepted, int Campaigns, DateTimeOffset ReceivedAt, bool Replayed, string? Layout = null, int Users = 0)
{
    public static IngestReceiptResponse From(IngestReceipt receipt, bool replayed) =>
        new(receipt.Accepted, receipt.Campaigns, receipt.ReceivedAt, replayed, receipt.Layout, receipt.Users);
}
