using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>One point of a daily time series.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.DayTotals")]
public sealed record DayTotals([property: Id(0)] DateOnly Date, [property: Id(1)] MetricTotals Totals);
