namespace GrainMarketing.Insights.Benchmarks;

/// <summary>A 95% interval of a tenant's KPI over the window (Jeffreys for rates, Gamma-Poisson for costs per count).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.KpiInterval")]
public sealed record KpiInterval([property: Id(0)] decimal Low, [property: Id(1)] decimal High);
