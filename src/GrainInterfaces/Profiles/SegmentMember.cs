namespace GrainMarketing.Profiles;

/// <summary>A customer of a behaviour segment as the customer table holds them: 90-day spend and purchases, and when last seen.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentMember")]
public sealed record SegmentMember(
    [property: Id(0)] string UserId,
    [property: Id(1)] decimal Spend,
    [property: Id(2)] int Transactions,
    [property: Id(3)] DateTimeOffset LastSeen);
