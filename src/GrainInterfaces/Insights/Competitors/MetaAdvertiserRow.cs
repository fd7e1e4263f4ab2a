namespace GrainMarketing.Insights.Competitors;

/// <summary>One advertiser (a Facebook Page) in one imported Meta Ad Library period.</summary>
/// <param name="PageId">The Page ID; null in older Ad Library Report files, which have only the Page name.</param>
/// <param name="Ads">Ads delivered in the period: the report's "Number of ads in Library", or the <c>ads_archive</c> ads whose delivery overlaps the period.</param>
/// <param name="NewAds">Ads whose delivery started in the period; null for the report, which does not say.</param>
/// <param name="Platforms">Where the ads ran (<c>facebook</c>, <c>instagram</c>, ...), lower-case, sorted; empty when the file does not say.</param>
/// <param name="Spend">Money spent, in the file's currency; null when the file does not say (commercial ads outside politics have no spend in <c>ads_archive</c>).</param>
/// <param name="Impressions">Impressions; null when the file does not say.</param>
/// <param name="EuReach">Sum of the ads' <c>eu_total_reach</c>; null when none had it.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdvertiserRow")]
public sealed record MetaAdvertiserRow(
    [property: Id(0)] string? PageId,
    [property: Id(1)] string PageName,
    [property: Id(2)] int Ads,
    [property: Id(3)] int? NewAds,
    [property: Id(4)] IReadOnlyList<string> Platforms,
    [property: Id(5)] MetaRange? Spend,
    [property: Id(6)] MetaRange? Impressions,
    [property: Id(7)] long? EuReach)
{
    /// <summary>What identifies the advertiser across periods: its Page ID, else its name.</summary>
    public string Key => PageId ?? PageName.ToLowerInvariant();
}
