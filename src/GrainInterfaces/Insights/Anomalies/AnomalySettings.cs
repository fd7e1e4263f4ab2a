using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>How a tenant's anomaly detectors judge: how sensitive, which metrics, the least volume worth an alert, and the hours alerts wait.</summary>
/// <param name="Sensitivity">0 (only the most extreme) to 1 (the most alerts); 0.5 asks for 4.5 deviations.</param>
/// <param name="MinimumClicks">An hour with fewer clicks is not judged on spend, CPC or conversions.</param>
/// <param name="MinimumImpressions">An hour with fewer impressions is not judged on impressions or CTR.</param>
/// <param name="MinimumConversions">A CPA, conversion or broken-pixel judgement needs this many conversions expected.</param>
/// <param name="QuietFrom">With <paramref name="QuietTo"/>: local hours (0-23, in the tenant's time zone) in which anomalies are stored but raise no alert.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalySettings")]
public sealed record AnomalySettings(
    [property: Id(0)] double Sensitivity,
    [property: Id(1)] IReadOnlyList<AnomalyMetric> Metrics,
    [property: Id(2)] int MinimumClicks,
    [property: Id(3)] int MinimumImpressions,
    [property: Id(4)] double MinimumConversions,
    [property: Id(5)] int? QuietFrom = null,
    [property: Id(6)] int? QuietTo = null)
{
    public static readonly AnomalySettings Default = new(0.5, Enum.GetValues<AnomalyMetric>(), 20, 500, 5);

    /// <summary>The score a series needs before any false-positive feedback: 6 at sensitivity 0, 4.5 at 0.5, 3 at 1.</summary>
    public double BaseThreshold => 3 + (3 * (1 - Sensitivity));

    /// <summary>True when <paramref name="localHour"/> falls in the quiet hours (which may span midnight).</summary>
    public bool IsQuiet(int localHour) => QuietFrom is { } from && QuietTo is { } to
        && (from <= to ? localHour >= from && localHour < to : localHour >= from || localHour < to);

    /// <summary>Refuses settings out of range with every field named as the API's JSON names it.</summary>
    /// <exception cref="ValidationFailedException">A field is out of range.</exception>
    public void Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!double.IsFinite(Sensitivity) || Sensitivity is < 0 or > 1)
        {
            errors["sensitivity"] = ["Must be between 0 (fewest alerts) and 1 (most alerts)."];
        }

        if (Metrics is null || Metrics.Count == 0 || Metrics.Any(m => !Enum.IsDefined(m)) || Metrics.Distinct().Count() != Metrics.Count)
        {
            errors["metrics"] = ["Name each watched metric once: spend, impressions, ctr, cpc, cpa, conversions, conversionValue."];
        }

        if (MinimumClicks is < 0 or > 1_000_000)
        {
            errors["minimumClicks"] = ["Must be between 0 and 1000000."];
        }

        if (MinimumImpressions is < 0 or > 100_000_000)
        {
            errors["minimumImpressions"] = ["Must be between 0 and 100000000."];
        }

        if (!double.IsFinite(MinimumConversions) || MinimumConversions is < 0 or > 100_000)
        {
            errors["minimumConversions"] = ["Must be between 0 and 100000."];
        }

        if ((QuietFrom is null) != (QuietTo is null) || QuietFrom is < 0 or > 23 || QuietTo is < 0 or > 23 || (QuietFrom is not null && QuietFrom == QuietTo))
        {
            errors[QuietFrom is null or (>= 0 and <= 23) ? "quietTo" : "quietFrom"] = ["Give both quiet-hour bounds as different local hours 0-23, or neither."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
