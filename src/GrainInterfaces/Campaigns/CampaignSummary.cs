using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's sums over a date range, with what it is and how fresh the numbers are.</summary>
/// <param name="Totals">Money in the campaign's own currency (<see cref="CampaignMetadata.Currency"/>, else the tenant's).</param>
/// <param name="Converted">In a list, the totals in the tenant's currency when the campaign names another (each day at its rate; days without one left out); null otherwise.</param>
/// <param name="Conversion">The rates <paramref name="Converted"/> used and the days that had none.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignSummary")]
public sealed record CampaignSummary(
    [property: Id(0)] CampaignKey Key,
    [property: Id(1)] CampaignMetadata Metadata,
    [property: Id(2)] MetricTotals Totals,
    [property: Id(3)] Freshness Freshness,
    [property: Id(4)] MetricTotals? Converted = null,
    [property: Id(5)] Conversion? Conversion = null);
