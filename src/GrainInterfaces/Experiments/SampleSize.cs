namespace GrainMarketing.Experiments;

/// <summary>The units each variant needs to find the minimum detectable effect with the asked power, and the formula used.</summary>
/// <param name="PerVariant">Units per variant: impressions for ctr, clicks for cvr, days for cpa and roas, observations for conversionRate.</param>
/// <param name="Unit">What one unit is.</param>
/// <param name="Method">The formula in words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SampleSize")]
public sealed record SampleSize(
    [property: Id(0)] long PerVariant,
    [property: Id(1)] string Unit,
    [property: Id(2)] string Method);
