using System.Security.Cryptography;
using System.Text;
using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>Anomalies of one series detected together, one cause seen through several metrics: which one leads, and the incident's id.</summary>
/// <remarks>
/// A spend spike also moves CPC and CPA; a broken pixel also moves conversion value and CPA. The lead is the metric
/// nearest the cause (spend and volume before the rates they drive, conversions before the CPA and value they
/// drive), then the highest score; it raises the one alert, which names the others.
/// </remarks>
public static class AnomalyIncident
{
    /// <summary>Cause before effect: spend, impressions, CTR, conversions, conversion value, CPC, CPA.</summary>
    private static readonly AnomalyMetric[] CauseOrder =
        [AnomalyMetric.Spend, AnomalyMetric.Impressions, AnomalyMetric.Ctr, AnomalyMetric.Conversions, AnomalyMetric.ConversionValue, AnomalyMetric.Cpc, AnomalyMetric.Cpa];

    /// <summary>The findings with the lead first, then the others in the same order.</summary>
    public static IReadOnlyList<AnomalyFinding> LeadFirst(IEnumerable<AnomalyFinding> findings) =>
        [.. findings.OrderBy(f => Array.IndexOf(CauseOrder, f.Metric)).ThenByDescending(f => Math.Abs(f.Score))];

    /// <summary>The severity the incident's alert goes out with: the highest of its anomalies, so a lead never lowers a related one.</summary>
    public static AlertSeverity Severity(IEnumerable<AnomalyFinding> findings) => findings.Max(f => f.Severity);

    /// <summary>The same series and clock hour of detection always give the same id, so batches of one hour join one incident.</summary>
    public static Guid Id(string tenant, AnomalyLevel level, string seriesId, DateTimeOffset detectedAt)
    {
        var name = $"incident|{tenant}|{level}|{seriesId}|{detectedAt.ToUnixTimeSeconds() / 3600}";
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
    }
}
