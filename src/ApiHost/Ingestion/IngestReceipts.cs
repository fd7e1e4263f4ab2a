using System.Text.RegularExpressions;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Ingestion;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>The steps every ingestion request takes, whatever its format and record kind.</summary>
/// <remarks>
/// Deduplicate by Idempotency-Key (a replay is neither charged nor pushed again), validate, charge the caller one
/// IngestEvents token per record, publish, and remember the receipt. A refused charge throws before anything is
/// pushed, so the request has no effect. A receipt is remembered for <see cref="IngestionOptions.IdempotencyWindow"/>.
/// </remarks>
public static partial class IngestReceipts
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 200;

    /// <param name="kind">
    /// metrics, transactions or engagements: the receipt grain's key is <c>{tenant}/{kind}/{Idempotency-Key}</c>, and a
    /// key holds no '/', so one key used on two kinds of records never answers one with the other's receipt.
    /// </param>
    /// <param name="plan">Validates the records (throwing when any is invalid) as received at the given time.</param>
    public static async Task<IngestReceiptResponse> AcceptOnceAsync(
        string tenant, string kind, string? layout, HttpRequest request, IClusterClient cluster, IngestionOptions options,
        IngestEventLimiter limiter, TimeProvider clock, Func<DateTimeOffset, IngestPlan> plan)
    {
        var receiptGrain = IdempotencyKey(request) is { } key ? cluster.GetGrain<IIngestReceiptGrain>($"{tenant}/{kind}/{key}") : null;
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

    /// <summary>The request's Idempotency-Key, or null when it sends none; a 400 naming the header when it is not a single well-formed key.</summary>
    /// <remarks>Bounded so the receipt, written after publishing, always fits its storage key: a failed write there would let a retry ingest twice.</remarks>
    public static string? IdempotencyKey(HttpRequest request)
    {
        var values = request.Headers[IdempotencyHeader];
        if (values.Count == 0)
        {
            return null;
        }

        return values is [{ } key] && KeyText().IsMatch(key)
            ? key
            : throw ValidationErrors.Refusal(IdempotencyHeader,
                $"Send one key of 1-{MaxIdempotencyKeyLength} printable ASCII characters, without spaces or '/'.");
    }

    [GeneratedRegex(@"^[!-.0-~]{1,200}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyText();
}
