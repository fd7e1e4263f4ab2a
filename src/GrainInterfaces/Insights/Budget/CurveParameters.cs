namespace GrainMarketing.Insights.Budget;

/// <summary>A response curve's parameters, each with its 80% bootstrap interval, and the weekday multipliers of its seasonality.</summary>
/// <param name="WeekdayMultipliers">Monday to Sunday: the outcome of that weekday against an average day (mean 1).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.CurveParameters")]
public sealed record CurveParameters(
    [property: Id(0)] Estimate Max,
    [property: Id(1)] Estimate HalfSaturation,
    [property: Id(2)] Estimate Shape,
    [property: Id(3)] Estimate CarryOver,
    [property: Id(4)] IReadOnlyList<double> WeekdayMultipliers);
