namespace GrainMarketing.Profiles;

/// <summary>A customer's row in <c>customer_profiles</c>, as of <see cref="UpdatedAt"/>.</summary>
/// <remarks>
/// A customer's row in <c>customer_profiles</c>: the patterns shown now (<see cref="PatternBits"/>), the
/// 90-day spend and purchases, the last 30 days' spend and the 30 before, first and last seen, and the top
/// category and city, as of <see cref="UpdatedAt"/>.
/// </remarks>
public sealed record CustomerRow(
    string Tenant,
    string UserId,
    int Patterns,
    decimal Spend,
    int Transactions,
    decimal RecentSpend,
    decimal PriorSpend,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string? TopCategory,
    string? TopCity,
    DateTimeOffset UpdatedAt)
{
    public int Shard => SegmentShards.Of(UserId);

    public bool Shows(BehaviorPattern pattern) => PatternBits.Has(Patterns, pattern);
}
