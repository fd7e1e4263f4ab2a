namespace GrainMarketing.Insights.Competitors;

/// <summary>Every advertiser's Meta Ad Library trend in one source, fastest ramp-up first, with the periods imported and the jumps between them.</summary>
/// <param name="Source"><see cref="MetaAdSources.Report"/> or <see cref="MetaAdSources.Api"/>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdTrends")]
public sealed record MetaAdTrends(
    [property: Id(0)] string Source,
    [property: Id(1)] IReadOnlyList<MetaImportedPeriod> Periods,
    [property: Id(2)] IReadOnlyList<MetaAdvertiserTrend> Advertisers,
    [property: Id(3)] IReadOnlyList<MetaAdJump> Jumps)
{
    /// <summary>A slope within this share of the advertiser's mean ads per period (or within one ad) is <c>steady</c>.</summary>
    public const decimal SteadyShare = 0.1m;
}
