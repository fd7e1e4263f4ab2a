using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GrainMarketing.Alerts;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>A silo's anomaly judging at ingest: campaigns and tenant rollups hand it their series after each batch; it stores what it finds and raises the alerts.</summary>
/// <remarks>
/// The tenant's tuning and time zone come from a per-silo cache (<see cref="CacheDuration"/>; the settings grain drops
/// its silo's entry on a change), so a batch costs one dictionary lookup and a few dozen multiplications; the store and
/// the alert router are called only when something is found. A failure here is logged and never fails the batch.
/// </remarks>
public sealed partial class AnomalyWatching(
    IGrainFactory grains,
    IAnomalyStore store,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ILogger<AnomalyWatching> logger)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(10);

    private readonly TenantCache<(AnomalyTuning Tuning, TimeZoneInfo Zone)> _tenants = new(tenant => FetchAsync(grains, tenant), () => CacheDuration);

    public void Invalidate(string tenant) => _tenants.Invalidate(tenant);

    /// <summary>Judges the series after a batch that arrived at <paramref name="at"/>; a replayed batch is learned but raises nothing (it was judged when it first came).</summary>
    public async Task ObserveAsync(AnomalyLevel level, string tenant, string seriesId, AnomalyWatchState state, DateTimeOffset at, Func<DateTimeOffset, MetricTotals> hourTotals, bool replay)
    {
        try
        {
            var (tuning, zone) = await _tenants.GetAsync(tenant);
            var findings = new AnomalyWatch(level, seriesId, zone).Observe(state, at, hourTotals, tuning);
            if (!replay && findings.Count > 0)
            {
                await RaiseAsync(level, tenant, seriesId, AnomalyIncident.LeadFirst(findings), tuning.Settings, zone);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, tenant, seriesId);
        }
    }

    /// <summary>Stores a batch's findings as one incident and raises one alert for it, by its lead, naming the related metrics.</summary>
    /// <remarks>
    /// The alert's key is the incident's and its severity: a later batch of the same hour adding to the incident is
    /// de-duplicated by the router, but a broken pixel that turns critical within the hour still gets through.
    /// </remarks>
    private async Task RaiseAsync(AnomalyLevel level, string tenant, string seriesId, IReadOnlyList<AnomalyFinding> findings, AnomalySettings settings, TimeZoneInfo zone)
    {
        var now = clock.GetUtcNow();
        var quiet = settings.IsQuiet(TimeZoneInfo.ConvertTime(now, zone).Hour);
        var group = AnomalyIncident.Id(tenant, level, seriesId, now);
        var anomalies = findings.Select(finding => new Anomaly(
            0, Identity(tenant, level, seriesId, finding), level, seriesId, finding.Metric, finding.Kind, finding.Severity, finding.Hour, now,
            finding.Observed, finding.Expected.Value, finding.Expected.Lower(finding.Threshold), finding.Expected.Upper(finding.Threshold),
            finding.Score, finding.Threshold, finding.Expected.Basis, finding.Expected.HistoryHours, finding.Evidence, group, Alerted: !quiet)).ToList();
        foreach (var anomaly in anomalies)
        {
            await store.AddAsync(tenant, anomaly, CancellationToken.None);
        }

        if (!quiet)
        {
            await grains.GetGrain<IAlertRouterGrain>(tenant).RaiseAsync(IncidentAlert(level, seriesId, findings, anomalies, now));
        }
    }

    private static Alert IncidentAlert(AnomalyLevel level, string seriesId, IReadOnlyList<AnomalyFinding> findings, IReadOnlyList<Anomaly> anomalies, DateTimeOffset now)
    {
        var (lead, primary) = (findings[0], anomalies[0]);
        var related = anomalies.Skip(1).ToList();
        var title = $"{Words(lead.Kind)} on {(level == AnomalyLevel.Tenant ? "the tenant's totals" : seriesId)} ({lead.Metric})"
            + (related.Count == 0 ? "" : $", with {string.Join(", ", related.Select(a => a.Metric))}");
        var text = string.Join(" ", [lead.Evidence, .. related.Select(a => $"Related, {a.Metric}: {a.Evidence}")]);
        var severity = AnomalyIncident.Severity(findings);
        return new Alert(
            "anomaly.detected", severity, title, text,
            $"anomaly:{level}:{seriesId}:{primary.GroupId}:{severity}", now,
            Target: seriesId,
            Fields: new Dictionary<string, string>
            {
                ["anomalyId"] = primary.Id.ToString(),
                ["groupId"] = primary.GroupId.ToString(),
                ["kind"] = lead.Kind.ToString(),
                ["metric"] = lead.Metric.ToString(),
                ["observed"] = primary.Observed.ToString("G6", CultureInfo.InvariantCulture),
                ["expected"] = primary.Expected.ToString("G6", CultureInfo.InvariantCulture),
                ["band"] = string.Create(CultureInfo.InvariantCulture, $"{primary.Lower:G6} to {primary.Upper:G6}"),
                ["score"] = primary.Score.ToString("F2", CultureInfo.InvariantCulture),
                ["related"] = string.Join(",", related.Select(a => a.Metric)),
                ["relatedAnomalyIds"] = string.Join(",", related.Select(a => a.Id)),
            });
    }

    /// <summary>The same series, metric, kind, hour and severity always give the same id, so a repeated detection is stored once (and an escalation is its own).</summary>
    private static Guid Identity(string tenant, AnomalyLevel level, string seriesId, AnomalyFinding finding)
    {
        var name = $"{tenant}|{level}|{seriesId}|{finding.Metric}|{finding.Kind}|{finding.Hour.ToUnixTimeSeconds()}|{finding.Severity}";
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
    }

    private static string Words(AnomalyKind kind) => kind switch
    {
        AnomalyKind.BrokenPixel => "Conversions stopped while spend continues (broken pixel?)",
        AnomalyKind.SpendSpike => "Spend spike",
        AnomalyKind.CtrCollapse => "CTR collapse",
        AnomalyKind.CpaJump => "CPA jump",
        AnomalyKind.High => "Unusually high",
        _ => "Unusually low",
    };

    /// <summary>The tenant's tuning and time zone; UTC for a tenant without settings (data that arrived before, or without, the tenant).</summary>
    private static async Task<(AnomalyTuning, TimeZoneInfo)> FetchAsync(IGrainFactory grains, string tenant)
    {
        var tuning = grains.GetGrain<IAnomalySettingsGrain>(tenant).GetAsync();
        try
        {
            var details = await grains.GetGrain<ITenantGrain>(tenant).GetAsync();
            return (await tuning, TimeZoneInfo.FindSystemTimeZoneById(details.Settings.TimeZone));
        }
        catch (NotFoundException)
        {
            return (await tuning, TimeZoneInfo.Utc);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}: judging the anomalies of {Series} failed; the batch stands")]
    private static partial void LogFailed(ILogger logger, Exception exception, string tenant, string series);
}
