namespace GrainMarketing.Insights.Budget;

/// <summary>A figure with its 80% interval (the 10th and 90th percentiles of the bootstrap draws).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.Estimate")]
public sealed record Estimate(
    [property: Id(0)] double Value,
    [property: Id(1)] double Lower80,
    [property: Id(2)] double Upper80);
