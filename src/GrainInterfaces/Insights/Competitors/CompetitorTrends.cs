namespace GrainMarketing.Insights.Competitors;

/// <summary>Every competitor's trend in one scope (a campaign, or the account), biggest impression-share gain first, with the periods imported.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CompetitorTrends")]
public sealed record CompetitorTrends(
    [property: Id(0)] string? Campaign,
    [property: Id(1)] IReadOnlyList<ImportedPeriod> Periods,
    [property: Id(2)] IReadOnlyList<CompetitorTrend> Competitors,
    [property: Id(3)] IReadOnlyList<CompetitorJump> Jumps)
{
    /// <summary>A slope within this many percentage points per period either way is <c>steady</c>.</summary>
    public const decimal SteadyPointsPerPeriod = 1m;
}
