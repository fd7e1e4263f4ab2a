namespace GrainMarketing.Experiments;

/// <summary>What a person asks for when creating an experiment; the first variant is the control.</summary>
/// <param name="Variants">Campaign ids (<c>meta:916</c>) for ctr, cvr, cpa and roas; names of the arms for conversionRate.</param>
/// <param name="MinimumDetectableEffect">The smallest absolute difference worth finding, in the metric's units (0.005 = half a percentage point of a rate).</param>
/// <param name="Baseline">The control's expected rate, for proportions (ctr, cvr, conversionRate).</param>
/// <param name="StandardDeviation">The expected standard deviation of one unit's value (a day's CPA or ROAS), for cpa and roas.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ExperimentDraft")]
public sealed record ExperimentDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] ExperimentMetric Metric,
    [property: Id(2)] IReadOnlyList<string> Variants,
    [property: Id(3)] double MinimumDetectableEffect,
    [property: Id(4)] double Alpha,
    [property: Id(5)] double Power,
    [property: Id(6)] double? Baseline,
    [property: Id(7)] double? StandardDeviation);
