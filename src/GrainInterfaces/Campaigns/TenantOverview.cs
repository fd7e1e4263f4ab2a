using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>One platform's part of a tenant overview, and the breakdown combinations its data came in.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PlatformTotals")]
public sealed record PlatformTotals(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] Freshness Freshness,
    [property: Id(3)] IReadOnlyList<Dimensions> Reported);

/// <summary>A tenant's totals over a date range, and each platform's share with its own freshness.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantOverview")]
public sealed record TenantOverview(
    [property: Id(0)] MetricTotals Totals,
    [property: Id(1)] IReadOnlyList<PlatformTotals> Platforms,
    [property: Id(2)] Freshness Freshness);
