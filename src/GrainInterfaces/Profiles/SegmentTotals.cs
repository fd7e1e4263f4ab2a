namespace GrainMarketing.Profiles;

/// <summary>A segment's (or one shard's) members now and the sums of their <see cref="SegmentContribution"/>s.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentTotals")]
public sealed record SegmentTotals(
    [property: Id(0)] int Members,
    [property: Id(1)] decimal Spend,
    [property: Id(2)] decimal RecentSpend,
    [property: Id(3)] decimal PriorSpend)
{
    public static readonly SegmentTotals Empty = new(0, 0, 0, 0);

    public SegmentTotals Plus(SegmentTotals other) =>
        new(Members + other.Members, Spend + other.Spend, RecentSpend + other.RecentSpend, PriorSpend + other.PriorSpend);

    /// <summary>The average 90-day spend per member, to the cent; null for an empty segment.</summary>
    public decimal? AverageSpend => Members == 0 ? null : Math.Round(Spend / Members, 2, MidpointRounding.AwayFromZero);

    /// <summary>The members' last 30 days' spend against the 30 before as a change (0.25 = a quarter more); null when the 30 before had none.</summary>
    public double? Trend => PriorSpend == 0 ? null : (double)((RecentSpend - PriorSpend) / PriorSpend);
}
