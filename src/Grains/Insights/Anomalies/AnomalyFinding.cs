namespace GrainMarketing.Insights.Anomalies;

/// <summary>A detection before it is stored: the series' metric, what it looks like, the hour, the value against its expectation.</summary>
public sealed record AnomalyFinding(
    AnomalyMetric Metric,
    AnomalyKind Kind,
    DateTimeOffset Hour,
    double Observed,
    Expectation Expected,
    double Score,
    double Threshold,
    string Evidence)
{
    /// <summary>Warning past the threshold, error past 1.4 times it, critical past twice it; a broken pixel is never below error.</summary>
    public Automation.AlertSeverity Severity
    {
        get
        {
            var ratio = Math.Abs(Score) / Threshold;
            var severity = ratio >= 2 ? Automation.AlertSeverity.Critical : ratio >= 1.4 ? Automation.AlertSeverity.Error : Automation.AlertSeverity.Warning;
            return Kind == AnomalyKind.BrokenPixel && severity < Automation.AlertSeverity.Error ? Automation.AlertSeverity.Error : severity;
        }
    }
}
