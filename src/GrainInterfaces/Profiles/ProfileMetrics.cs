namespace GrainMarketing.Profiles;

/// <summary>A customer's behaviour over the 90 days ending on <see cref="Today"/> (their local date).</summary>
/// <remarks>
/// Spend and count, purchases per week over the last four weeks, the weekend share of purchases, the top
/// category's share of spend, distinct cities and the top one's share of purchases, first and last seen,
/// the last 30 days' spend against the 30 before, and the three 30-day months' spend, newest last.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ProfileMetrics")]
public sealed record ProfileMetrics(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] decimal Spend,
    [property: Id(2)] int Transactions,
    [property: Id(3)] double PerWeek,
    [property: Id(4)] double WeekendShare,
    [property: Id(5)] string? TopCategory,
    [property: Id(6)] double TopCategoryShare,
    [property: Id(7)] int Locations,
    [property: Id(8)] string? TopLocation,
    [property: Id(9)] double TopLocationShare,
    [property: Id(10)] DateTimeOffset? FirstSeen,
    [property: Id(11)] DateTimeOffset? LastSeen,
    [property: Id(12)] decimal RecentSpend,
    [property: Id(13)] decimal PriorSpend,
    [property: Id(14)] IReadOnlyList<decimal> MonthlySpend);
