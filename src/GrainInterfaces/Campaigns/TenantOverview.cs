using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>One platform's part of a tenant overview, and the breakdown combinations its data came in.</summary>
/// <param name="Totals">Money in the tenant's currency: campaigns that name another are converted with each day's rate.</param>
/// <param name="Conversion">The rates used and what had none (left out of <paramref name="Totals"/>); null when all of it was in the tenant's currency.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PlatformTotals")]
public sealed record PlatformTotals(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] Freshness Freshness,
    [property: Id(3)] IReadOnlyList<Dimensions> Reported,
    [property: Id(4)] Conversion? Conversion = null);

/// <summary>A tenant's totals over a date range, and each platform's share with its own freshness.</summary>
/// <param name="Conversion">Every rate the platforms used and what none could convert; null when all money was in the tenant's currency.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantOverview")]
public sealed record TenantOverview(
    [property: Id(0)] MetricTotals Totals,
    [property: Id(1)] IReadOnlyList<PlatformTotals> Platforms,
    [property: Id(2)] Freshness Freshness,
    [property: Id(3)] Conversion? Conversion = null);
