namespace GrainMarketing.Profiles;

/// <summary>What one member adds to its segment's sums: the 90-day spend, the last 30 days' spend and the 30 days before.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentContribution")]
public sealed record SegmentContribution(
    [property: Id(0)] decimal Spend,
    [property: Id(1)] decimal RecentSpend,
    [property: Id(2)] decimal PriorSpend);
