namespace GrainMarketing.Campaigns;

/// <summary>How fresh an answer is: when its newest contributing data arrived and the latest date it covers.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Freshness")]
public sealed record Freshness(
    [property: Id(0)] DateTimeOffset? ReceivedAt,
    [property: Id(1)] DateOnly? LatestDate)
{
    public static readonly Freshness Empty = new(null, null);

    /// <summary>The fresher of two (newest arrival, latest date).</summary>
    public Freshness Merge(Freshness other) => new(
        Max(ReceivedAt, other.ReceivedAt),
        LatestDate is null ? other.LatestDate : other.LatestDate is null ? LatestDate : LatestDate > other.LatestDate ? LatestDate : other.LatestDate);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
