using GrainMarketing.Automation;
using MathNet.Numerics.Distributions;

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
    /// <summary>A broken pixel turns critical when the spend without a conversion should have brought this many times the conversions its detection needed.</summary>
    public const double CriticalPixelFactor = 2;

    /// <summary>Warning past the threshold, error past 1.4 times it, critical past twice it; a broken pixel by the conversions it lost (<see cref="PixelSeverity"/>).</summary>
    public AlertSeverity Severity
    {
        get
        {
            if (Kind == AnomalyKind.BrokenPixel)
            {
                return PixelSeverity(Expected.Value, Threshold);
            }

            var ratio = Math.Abs(Score) / Threshold;
            return ratio >= 2 ? AlertSeverity.Critical : ratio >= 1.4 ? AlertSeverity.Error : AlertSeverity.Warning;
        }
    }

    /// <summary>
    /// Error once detected; critical once <paramref name="expectedConversions"/> reach <see cref="CriticalPixelFactor"/> times
    /// <see cref="DetectableConversions"/>. The score grows only with about the square root of the conversions lost, so
    /// a score ratio of two would wait for 3.5 times them (44 lost where 12.6 are detected, at a threshold of 4.5): hours
    /// more of spend without conversions, reported as an error only because it was detected early.
    /// </summary>
    public static AlertSeverity PixelSeverity(double expectedConversions, double threshold) =>
        expectedConversions >= CriticalPixelFactor * DetectableConversions(threshold) ? AlertSeverity.Critical : AlertSeverity.Error;

    /// <summary>The expected conversions whose absence reaches <paramref name="threshold"/>: no conversion, e^-expected, is the normal tail past it.</summary>
    public static double DetectableConversions(double threshold) => -Math.Log(Normal.CDF(0, 1, -threshold));
}
