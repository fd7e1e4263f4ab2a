using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.ApiHost.Insights.Anomalies;

/// <summary>The body of <c>PUT .../anomaly-settings</c>; an omitted field keeps its current value.</summary>
/// <param name="Metrics">Names of the watched metrics: spend, impressions, ctr, cpc, cpa, conversions, conversionValue.</param>
/// <param name="QuietHours">Set <c>false</c> to clear the quiet hours; otherwise <paramref name="QuietFrom"/> and <paramref name="QuietTo"/> set them.</param>
public sealed record AnomalySettingsRequest(
    double? Sensitivity,
    IReadOnlyList<string>? Metrics,
    int? MinimumClicks,
    int? MinimumImpressions,
    double? MinimumConversions,
    int? QuietFrom,
    int? QuietTo,
    bool? QuietHours)
{
    /// <summary>The settings this request makes of <paramref name="current"/>; a 400 naming <c>metrics</c> when one is unknown.</summary>
    public AnomalySettings ToSettings(AnomalySettings current)
    {
        var errors = new ValidationErrors();
        var metrics = Metrics?.Select(name => QueryValues.Named<AnomalyMetric>(name, "metrics", "spend, impressions, ctr, cpc, cpa, conversions or conversionValue", errors)).ToList();
        errors.ThrowIfAny();
        var quiet = QuietHours == false ? (null, null) : (QuietFrom ?? current.QuietFrom, QuietTo ?? current.QuietTo);
        return new AnomalySettings(
            Sensitivity ?? current.Sensitivity,
            metrics is null ? current.Metrics : [.. metrics.Select(m => m!.Value)],
            MinimumClicks ?? current.MinimumClicks,
            MinimumImpressions ?? current.MinimumImpressions,
            MinimumConversions ?? current.MinimumConversions,
            quiet.Item1,
            quiet.Item2);
    }
}
