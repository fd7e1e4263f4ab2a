using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Reads what the detectors need from the tenant's grains: every campaign's sums, days, age × gender cells and (ad set, ad) days over the window, live campaigns' response curves and hours of the day, and the open broken-pixel anomalies.</summary>
/// <remarks>
/// Campaigns are read <see cref="Concurrency"/> at a time so a tenant with a thousand campaigns does not flood the silo with calls at once.
/// A campaign costs four reads of its grain (summary, age × gender breakdown, daily series, part series), plus its curves and hour ring when live:
/// the ad sets' and creatives' days come in one read that groups its cells once.
/// The response curves come from the tenant's curve worker, whose silo cache keeps a fit until the next day closes: the
/// first run of a day pays for the fits, later runs read them. The hours are the campaign's hour ring (arrival time, the
/// last <see cref="RecentBuckets.Hours"/> hours) folded onto the hours of the day in the tenant's zone.
/// </remarks>
/// <param name="currency">The tenant's: a campaign's money in another is marked with its own, so detectors compare like with like.</param>
public sealed class EvidenceCollector(IGrainFactory grains, string tenant, TimeZoneInfo zone, string currency)
{
    public const int Concurrency = 32;
    public const int WindowDays = 28;
    public const int MaxAnomalies = 500;

    public async Task<TenantEvidence> CollectAsync(DateOnly lastClosed, DateTimeOffset now)
    {
        var range = new DateRange(lastClosed.AddDays(1 - WindowDays), lastClosed);
        var keys = await grains.GetGrain<ICampaignRegistryGrain>(tenant).ListAsync();
        var campaigns = new CampaignEvidence?[keys.Count];
        var next = -1;
        async Task WorkAsync()
        {
            for (var index = Interlocked.Increment(ref next); index < keys.Count; index = Interlocked.Increment(ref next))
            {
                campaigns[index] = await CampaignAsync(keys[index], range);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(Concurrency, keys.Count)).Select(_ => WorkAsync()));
        return new TenantEvidence(range.From, range.To, [.. campaigns.OfType<CampaignEvidence>()], await TrackingAsync(now));
    }

    private async Task<CampaignEvidence?> CampaignAsync(CampaignKey key, DateRange range)
    {
        var grain = grains.GetGrain<ICampaignGrain>(key.ToString());
        var summary = await grain.GetSummaryAsync(QueryWindow.For(range));
        if (summary.Totals.IsZero)
        {
            return null;
        }

        var segments = await grain.GetBreakdownAsync(range, [Dimension.Age, Dimension.Gender], byCreative: false);
        var days = await grain.GetDailySeriesAsync(range);
        var parts = await grain.GetPartSeriesAsync(range);
        var live = summary.Metadata.Status != CampaignStatus.Paused;
        return new CampaignEvidence(CampaignTargets.Key(key), summary.Metadata.Status, summary.Totals, segments.Rows, days, parts,
            live ? await CurvesAsync(key) : null, live ? HoursOfDay(await grain.GetRecentSeriesAsync(RecentBuckets.Hours * 60)) : [],
            summary.Metadata.Currency is { } own && own != currency ? own : null, summary.Metadata.Objective);
    }

    /// <summary>The campaign's curves, or null when the fit failed: one campaign's unreadable history must not stop the tenant's run.</summary>
    private async Task<CampaignResponseCurves?> CurvesAsync(CampaignKey key)
    {
        try
        {
            return await grains.GetGrain<IResponseCurveGrain>(tenant).GetAsync(key);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return null;
        }
    }

    private MetricTotals[] HoursOfDay(IReadOnlyList<BucketTotals> buckets)
    {
        var hours = new MetricTotals[24];
        foreach (var bucket in buckets)
        {
            hours[TimeZoneInfo.ConvertTime(bucket.Start, zone).Hour] += bucket.Totals;
        }

        return hours;
    }

    private async Task<IReadOnlyList<TrackingIncident>> TrackingAsync(DateTimeOffset now)
    {
        var page = await grains.GetGrain<IAnomalyHistoryGrain>(tenant).QueryAsync(new AnomalyQuery
        {
            Level = AnomalyLevel.Campaign,
            Status = AnomalyStatus.Open,
            From = now.AddDays(-2),
            Limit = MaxAnomalies,
        });
        return [.. page.Items.Where(a => a.Kind == AnomalyKind.BrokenPixel)
            .Select(a => new TrackingIncident(CampaignTargets.Key(CampaignKey.Parse(a.SeriesId)), a.Id, a.Hour, a.Expected, a.Score, a.Evidence))];
    }
}
