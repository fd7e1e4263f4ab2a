using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Ingestion;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>The steps every ingestion request takes, whatever its format and record kind.</summary>
/// <remarks>
/// Deduplicate by Idempotency-Key (a replay is neither charged nor pushed again), validate, charge the caller one
/// IngestEvents token per record, publish, and remember the receipt. A refused charge throws before anything is
/// pushed, so the request has no effect.
/// </remarks>
public static class IngestReceipts
{
    private const string IdempotencyHeader = "Idempotency-Key";

    /// <param name="receiptKey">
    /// The receipt grain's key without the Idempotency-Key: <c>{tenant}</c> for metrics,
    /// <c>{tenant}/transactions</c> or <c>{tenant}/engagements</c> for customer events, so one key
    /// used on two kinds of records never answers one with the other's receipt.
    /// </param>
    /// <param name="plan">Validates the records (throwing when any is invalid) as received at the given time.</param>
    public static async Task<IngestReceiptResponse> AcceptOnceAsync(
        string receiptKey, string? layout, HttpRequest request, IClusterClient cluster, IngestionOptions options,
        IngestEventLimiter limiter, TimeProvider clock, Func<DateTimeOffset, IngestPlan> plan)
    {
        var receiptGrain = request.Headers[IdempotencyHeader].ToString() is { Length: > 0 } key
            ? cluster.GetGrain<IIngestReceiptGrain>($"{receiptKey}/{key}")
            : null;
        if (receiptGrain is not null && await receiptGrain.GetAsync() is { } earlier)
        {
            return IngestReceiptResponse.From(earlier, replayed: true);
        }

        var receivedAt = clock.GetUtcNow();
        var accepted = plan(receivedAt);
        limiter.Charge(request.HttpContext.User.Actor() ?? throw new InvalidOperationException("The ingest policy lets anonymous callers through."),
            accepted.Records);
        await accepted.Publish();

        var receipt = new IngestReceipt(accepted.Records, accepted.Campaigns, receivedAt, layout, receivedAt + options.IdempotencyWindow, accepted.Users);
        if (receiptGrain is not null)
        {
            await receiptGrain.RecordAsync(receipt);
        }

        return IngestReceiptResponse.From(receipt, replayed: false);
    }
}
