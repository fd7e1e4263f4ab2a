namespace GrainMarketing.Insights.Creatives;

/// <summary>A rate's daily change: the slope of a weighted least-squares line through the daily rates, with its 95% interval.</summary>
/// <param name="SlopePerDay">Change of the rate per day (0.0004 = +0.04 percentage points a day).</param>
/// <param name="Low">Lower end of the 95% interval of the slope (Student's t on the weighted residuals).</param>
/// <param name="High">Upper end of the 95% interval of the slope.</param>
/// <param name="Days">Days with a denominator that the line was fitted on.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Trend")]
public sealed record Trend(
    [property: Id(0)] double SlopePerDay,
    [property: Id(1)] double Low,
    [property: Id(2)] double High,
    [property: Id(3)] int Days);
