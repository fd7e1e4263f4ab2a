using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>What arrived in one minute or hour bucket, starting at <see cref="Start"/>.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BucketTotals")]
public sealed record BucketTotals([property: Id(0)] DateTimeOffset Start, [property: Id(1)] MetricTotals Totals);
