namespace GrainMarketing.Automation;

/// <summary>The sums of one window that a <see cref="KpiPosterior"/> weighs: the evidence behind a KPI, not the KPI itself.</summary>
/// <remarks>
/// Conversions are decimal, as in the stored totals, because attribution models report fractions; a
/// fractional count enters the posteriors as a fractional pseudo-count.
/// </remarks>
/// <param name="Impressions">Times an ad was shown.</param>
/// <param name="Clicks">Clicks on those impressions.</param>
/// <param name="Conversions">Conversions attributed to the window.</param>
/// <param name="Spend">Money spent, in the tenant's currency.</param>
/// <param name="ConversionValue">Value of the conversions, in the same currency.</param>
public readonly record struct MetricCounts(
    long Impressions,
    long Clicks,
    decimal Conversions,
    decimal Spend,
    decimal ConversionValue);
